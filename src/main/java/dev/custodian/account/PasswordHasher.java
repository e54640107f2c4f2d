package dev.custodian.account;

import dev.custodian.web.ServiceBusyException;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * argon2id ({@link Argon2id}, on BouncyCastle's Blake2b), stored as a PHC string ({@code
 * $argon2id$v=19$m=19456,t=2,p=1$salt$hash}) so that each hash carries its own cost.
 */
@Singleton
public class PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int CORE_WAIT_SECONDS = 10;
    private static final Pattern PHC =
            Pattern.compile(
                    "\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final PasswordConfig config;
    private final SecureRandom random = new SecureRandom();

    /**
     * One hash per core at a time, each in a workspace that keeps its 19 MiB for the next: more at
     * once only thrash the caches and multiply memory under a flood of sign-ins; the others queue
     * here, first come first served.
     */
    private final BlockingQueue<Argon2id> workspaces;

    /** Verified against when the account does not exist, so that both answers take as long. */
    private final String decoy;

    PasswordHasher(PasswordConfig config) {
        this.config = config;
        int cores = Runtime.getRuntime().availableProcessors();
        this.workspaces = new ArrayBlockingQueue<>(cores, true);
        for (int i = 0; i < cores; i++) {
            workspaces.add(new Argon2id());
        }
        // A random hash in the configured parameters: verifying against it costs one hash like any
        // other, from the first request on, and hashing nothing here keeps a second off the start.
        byte[] salt = new byte[SALT_BYTES];
        byte[] hash = new byte[HASH_BYTES];
        random.nextBytes(salt);
        random.nextBytes(hash);
        this.decoy = phc(config.memoryKib(), config.iterations(), config.parallelism(), salt, hash);
    }

    public String hash(String password) {
        return hash(password, config.memoryKib(), config.iterations(), config.parallelism());
    }

    String hash(String password, int m, int t, int p) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return phc(m, t, p, salt, derive(password, salt, m, t, p, HASH_BYTES));
    }

    private static String phc(int m, int t, int p, byte[] salt, byte[] hash) {
        return "$argon2id$v=19$m="
                + m
                + ",t="
                + t
                + ",p="
                + p
                + "$"
                + B64.encodeToString(salt)
                + "$"
                + B64.encodeToString(hash);
    }

    public boolean verify(String password, String phc) {
        Matcher parts = phc == null ? null : PHC.matcher(phc);
        if (parts == null || !parts.matches()) {
            verify(password, decoy);
            return false;
        }
        byte[] expected = B64D.decode(parts.group(5));
        byte[] actual =
                derive(
                        password,
                        B64D.decode(parts.group(4)),
                        Integer.parseInt(parts.group(1)),
                        Integer.parseInt(parts.group(2)),
                        Integer.parseInt(parts.group(3)),
                        expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the time of a real verification, for an account that does not exist. */
    public void verifyDecoy(String password) {
        verify(password, decoy);
    }

    /** True when the hash was made with other parameters than the configured ones. */
    public boolean needsRehash(String phc) {
        Matcher parts = PHC.matcher(phc);
        return !parts.matches()
                || Integer.parseInt(parts.group(1)) != config.memoryKib()
                || Integer.parseInt(parts.group(2)) != config.iterations()
                || Integer.parseInt(parts.group(3)) != config.parallelism();
    }

    private byte[] derive(
            String password,
            byte[] salt,
            int memoryKib,
            int iterations,
            int parallelism,
            int length) {
        Argon2id workspace = takeWorkspace();
        try {
            // NFKC so that the same passphrase typed on two keyboards gives the same bytes (SP
            // 800-63B).
            byte[] bytes =
                    Normalizer.normalize(password, Normalizer.Form.NFKC)
                            .getBytes(StandardCharsets.UTF_8);
            return workspace.hash(bytes, salt, memoryKib, iterations, parallelism, length);
        } finally {
            workspaces.add(workspace);
        }
    }

    /** Waits a bounded time for a core, so that a flood cannot park every worker thread here. */
    private Argon2id takeWorkspace() {
        try {
            Argon2id workspace = workspaces.poll(CORE_WAIT_SECONDS, TimeUnit.SECONDS);
            if (workspace != null) {
                return workspace;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new ServiceBusyException();
    }
}
