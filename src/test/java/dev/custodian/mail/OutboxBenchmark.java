package dev.custodian.mail;

import dev.custodian.testing.MailServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: outbox throughput to the in-process SMTP server with one dispatcher and with two,
 * against the real PostgreSQL. Run by bench/outbox.sh; skipped in the normal build. It prints its
 * figures and asserts nothing about time. Its switches are no custodian.* properties: the
 * application refuses to start with a custodian.* system property that no configuration mapping
 * knows.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "bench.outbox", matches = "true")
class OutboxBenchmark {

    private static final int MAILS = Integer.getInteger("bench.outbox.mails", 2000);

    @Inject MailDispatcher dispatcher;

    @Inject Outbox outbox;

    @Test
    void measureThroughput() throws Exception {
        MailServer.start();
        dispatcher.dispatchDue();
        run(1, 300);
        for (int dispatchers : new int[] {1, 2, 1, 2}) {
            run(dispatchers, MAILS);
        }
    }

    private void run(int dispatchers, int mails) throws Exception {
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            for (int i = 0; i < mails; i++) {
                                OutboxMail mail = new OutboxMail();
                                mail.kind = "bench";
                                mail.recipient = "bench-" + i + "@example.com";
                                mail.subject = "Outbox benchmark";
                                mail.bodyText =
                                        "A plain-text body of a typical length for a service message. "
                                                .repeat(8);
                                mail.bodyHtml = "<p>" + mail.bodyText + "</p>";
                                mail.messageId = outbox.newMessageId();
                                mail.status = OutboxMail.Status.PENDING;
                                mail.nextAttemptAt = Instant.now().minusSeconds(1);
                                mail.createdAt = Instant.now();
                                mail.persist();
                            }
                        });
        ExecutorService pool = Executors.newFixedThreadPool(dispatchers);
        long start = System.nanoTime();
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < dispatchers; i++) {
            runs.add(pool.submit(dispatcher::dispatchDue));
        }
        int sent = 0;
        for (Future<Integer> run : runs) {
            sent += run.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf(
                "OUTBOX dispatchers=%d mails=%d seconds=%.2f mails/s=%.0f%n",
                dispatchers, sent, seconds, sent / seconds);
    }
}
