package dev.custodian.secrets;

import dev.custodian.web.RequiredEnvironment;
import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Holds {@code custodian.secret} and computes keyed hashes with it. Production must configure it
 * (CUSTODIAN_SECRET); dev mode generates one on first start and keeps it under the data directory,
 * so links and keys survive restarts without any setup.
 */
@Startup
@Singleton
public class Secrets {

    private final byte[] secret;

    /**
     * Takes {@link RequiredEnvironment} so that Quarkus checks it at startup, before anything else.
     */
    @Inject
    Secrets(RequiredEnvironment required, SecretsConfig config) {
        this(
                config.secret()
                        .filter(s -> !s.isBlank())
                        .map(s -> s.getBytes(StandardCharsets.UTF_8))
                        .orElseGet(() -> generatedForDev(config.dataDir())));
    }

    private Secrets(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalStateException(
                    "custodian.secret (CUSTODIAN_SECRET) must be at least 32 bytes long");
        }
        this.secret = secret;
    }

    /**
     * The same keyed hashes outside the application, for tools that must compute what it computes
     * (bench/UnsubscribeTokens.java).
     */
    public static Secrets of(String secret) {
        return new Secrets(secret.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] generatedForDev(Path dataDir) {
        return DevSecretFile.readOrCreate(dataDir, "secret", "CUSTODIAN_SECRET")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * HMAC-SHA256 of {@code purpose} and {@code value} as hex: a stable key that reveals neither.
     */
    public String keyedHash(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
