package dev.custodian.secrets;

import io.quarkus.runtime.LaunchMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Dev mode's stand-in for a production secret: 32 random bytes, made on first start and kept under
 * the data directory so that they survive restarts. Anywhere but dev mode it refuses.
 */
final class DevSecretFile {

    private static final int BYTES = 32;

    private DevSecretFile() {}

    /** The secret stored in {@code dataDir/name} as base64, created if missing. */
    static String readOrCreate(Path dataDir, String name, String productionVariable) {
        if (LaunchMode.current() != LaunchMode.DEVELOPMENT) {
            throw new IllegalStateException(
                    productionVariable + " is not set: set it to 32 random bytes, base64");
        }
        Path file = dataDir.resolve(name);
        try {
            if (!Files.exists(file)) {
                byte[] bytes = new byte[BYTES];
                new SecureRandom().nextBytes(bytes);
                Files.createDirectories(dataDir);
                Files.writeString(file, Base64.getEncoder().encodeToString(bytes));
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the dev secret " + file, e);
        }
    }
}
