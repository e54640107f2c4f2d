import dev.custodian.account.Argon2id;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Pure argon2id hashes per second with Custodian's parameters (m=19456 KiB, t=2, p=1; others with
 * -Dmemory=KiB -Diterations=n), on as many threads as the machine has cores: the ceiling that
 * sign-in throughput is compared with. Measures BouncyCastle's generator as it is usually used (a
 * new one, with new memory, per hash) and Custodian's Argon2id (one workspace per thread, as
 * sign-in has one per core), one after the other, and reports the faster as the ceiling. Usage:
 * java -cp target/classes:bcprov.jar bench/HashRate.java [seconds [threads]]
 */
public class HashRate {

    /** Custodian's parameters unless -Dmemory (KiB) and -Diterations say others (Keycloak's). */
    private static final int MEMORY_KIB = Integer.getInteger("memory", 19456);

    private static final int ITERATIONS = Integer.getInteger("iterations", 2);
    private static final byte[] PASSWORD =
            "violet lantern drifts over a quiet harbour".getBytes(StandardCharsets.UTF_8);

    /** One hash function per thread: it may keep state between calls but is used by one thread. */
    interface Hash {
        void hash(byte[] salt);
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int threads =
                args.length > 1
                        ? Integer.parseInt(args[1])
                        : Runtime.getRuntime().availableProcessors();
        double bouncyCastle = rate(seconds, threads, () -> HashRate::bouncyCastle);
        double custodian =
                rate(
                        seconds,
                        threads,
                        () -> {
                            Argon2id workspace = new Argon2id();
                            return salt ->
                                    workspace.hash(PASSWORD, salt, MEMORY_KIB, ITERATIONS, 1, 32);
                        });
        System.out.printf(
                "threads=%d seconds=%d bouncycastle=%.1f custodian=%.1f rate=%.1f%n",
                threads, seconds, bouncyCastle, custodian, Math.max(bouncyCastle, custodian));
    }

    private static void bouncyCastle(byte[] salt) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(
                new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                        .withMemoryAsKB(MEMORY_KIB)
                        .withIterations(ITERATIONS)
                        .withParallelism(1)
                        .withSalt(salt)
                        .build());
        generator.generateBytes(PASSWORD, new byte[32]);
    }

    /** Hashes per second over {@code seconds}, after 3 s of warm-up that are not counted. */
    private static double rate(int seconds, int threads, Supplier<Hash> perThread)
            throws InterruptedException {
        AtomicLong hashes = new AtomicLong();
        long warmUpEnd = System.nanoTime() + 3_000_000_000L;
        long end = warmUpEnd + seconds * 1_000_000_000L;
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            Hash hash = perThread.get();
            workers[i] =
                    new Thread(
                            () -> {
                                SecureRandom random = new SecureRandom();
                                byte[] salt = new byte[16];
                                while (System.nanoTime() < end) {
                                    random.nextBytes(salt);
                                    hash.hash(salt);
                                    if (System.nanoTime() > warmUpEnd) {
                                        hashes.incrementAndGet();
                                    }
                                }
                            });
            workers[i].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return hashes.get() / (double) seconds;
    }
}
