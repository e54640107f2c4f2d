package dev.custodian.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The workspaces are shared by every request thread: hashes made at once must not mix. */
class PasswordHasherConcurrencyTest {

    /** Small costs, so that many hashes run at once in a short test. */
    private static final PasswordConfig CHEAP =
            new PasswordConfig() {
                public int memoryKib() {
                    return 256;
                }

                public int iterations() {
                    return 1;
                }

                public int parallelism() {
                    return 1;
                }

                public Optional<Path> blocklistFile() {
                    return Optional.empty();
                }

                public Optional<String> breachCheckUrl() {
                    return Optional.empty();
                }

                public Duration breachCheckTimeout() {
                    return Duration.ofSeconds(2);
                }
            };

    @Test
    void hashesMadeAtOnceOnMoreThreadsThanWorkspacesEachVerifyOnlyTheirOwnPassword()
            throws Exception {
        PasswordHasher hasher = new PasswordHasher(CHEAP);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String password = "passphrase number " + i;
                // two sizes in turn, so that workspaces also change size between hashes
                int memoryKib = i % 2 == 0 ? 256 : 1024;
                results.add(
                        threads.submit(
                                () -> {
                                    String hash = hasher.hash(password, memoryKib, 1, 1);
                                    assertTrue(hasher.verify(password, hash), password);
                                    assertFalse(hasher.verify(password + "!", hash), password);
                                    return null;
                                }));
            }
            for (Future<?> result : results) {
                result.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
