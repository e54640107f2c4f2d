import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Pure argon2id hashes per second with Custodian's parameters (m=19456 KiB, t=2, p=1), on as many
 * threads as the machine has cores: the ceiling that sign-in throughput is compared with.
 * Usage: java -cp bcprov.jar HashRate.java [seconds [threads]]
 */
public class HashRate {

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        AtomicLong hashes = new AtomicLong();
        long warmUpEnd = System.nanoTime() + 3_000_000_000L;
        long end = warmUpEnd + seconds * 1_000_000_000L;
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            workers[i] = new Thread(() -> {
                SecureRandom random = new SecureRandom();
                byte[] salt = new byte[16];
                byte[] out = new byte[32];
                byte[] password = "violet lantern drifts over a quiet harbour".getBytes(StandardCharsets.UTF_8);
                while (System.nanoTime() < end) {
                    random.nextBytes(salt);
                    Argon2BytesGenerator generator = new Argon2BytesGenerator();
                    generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                            .withMemoryAsKB(19456).withIterations(2).withParallelism(1).withSalt(salt).build());
                    generator.generateBytes(password, out);
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
        System.out.printf("threads=%d hashes=%d seconds=%d rate=%.1f%n", threads, hashes.get(), seconds,
                hashes.get() / (double) seconds);
    }
}
