package dev.custodian.account;

import dev.custodian.web.ServiceBusyException;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * argon2id through BouncyCastle, stored as a PHC string
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}) so that each hash carries its own cost.
 */
@Singleton
public class PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int CORE_WAIT_SECONDS = 10;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final PasswordConfig config;
    private final SecureRandom random = new SecureRandom();
    /**
     * One hash per core at a time: each needs 19 MiB and a core to itself, so more at once only
     * thrash the caches and multiply memory under a flood of sign-ins; the others queue here.
     */
    private final Semaphore cores = new Semaphore(Runtime.getRuntime().availableProcessors(), true);
    /** Verified against when the account does not exist, so that both answers take as long. */
    private final String decoy;

    PasswordHasher(PasswordConfig config) {
        this.config = config;
        this.decoy = hash("decoy password that matches no account");
    }

    public String hash(String password) {
        return hash(password, config.memoryKib(), config.iterations(), config.parallelism());
    }

    String hash(String password, int m, int t, int p) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, m, t, p, HASH_BYTES);
        return "$argon2id$v=19$m=" + m + ",t=" + t + ",p=" + p + "$" + B64.encodeToString(salt) + "$"
                + B64.encodeToString(hash);
    }

    public boolean verify(String password, String phc) {
        Matcher parts = phc == null ? null : PHC.matcher(phc);
        if (parts == null || !parts.matches()) {
            verify(password, decoy);
            return false;
        }
        byte[] expected = B64D.decode(parts.group(5));
        byte[] actual = derive(password, B64D.decode(parts.group(4)), Integer.parseInt(parts.group(1)),
                Integer.parseInt(parts.group(2)), Integer.parseInt(parts.group(3)), expected.length);
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

    private byte[] derive(String password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        if (!acquireCore()) {
            throw new ServiceBusyException();
        }
        try {
            return argon2id(password, salt, memoryKib, iterations, parallelism, length);
        } finally {
            cores.release();
        }
    }

    /** Waits a bounded time for a core, so that a flood cannot park every worker thread here. */
    private boolean acquireCore() {
        try {
            return cores.tryAcquire(CORE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static byte[] argon2id(String password, byte[] salt, int memoryKib, int iterations, int parallelism,
            int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        // NFKC so that the same passphrase typed on two keyboards gives the same bytes (SP 800-63B).
        generator.generateBytes(Normalizer.normalize(password, Normalizer.Form.NFKC).getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
