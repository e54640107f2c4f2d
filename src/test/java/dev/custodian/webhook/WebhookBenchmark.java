package dev.custodian.webhook;

import dev.custodian.testing.Db;
import dev.custodian.testing.WebhookReceiver;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: events delivered per second to a receiver on the loopback (a Vert.x server in this
 * JVM), signed, with one dispatcher and with two claiming batches at once, against the real
 * PostgreSQL. Run by bench/webhook-delivery.sh; skipped in the normal build. It prints its figures
 * and asserts nothing about time.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "bench.webhooks", matches = "true")
class WebhookBenchmark {

    private static final int EVENTS = Integer.getInteger("bench.webhooks.events", 2000);

    @Inject Events events;

    @Inject Webhooks webhooks;

    @Inject WebhookDispatcher dispatcher;

    @Test
    void measureThroughput() throws Exception {
        Db.inTransaction(() -> WebhookEndpoint.deleteAll());
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            webhooks.create(receiver.url(), EnumSet.of(WebhookType.CONSENT_CHANGED), null);
            run(1, 300);
            for (int dispatchers : new int[] {1, 2, 1, 2}) {
                run(dispatchers, EVENTS);
            }
            System.out.println("WEBHOOKS received=" + receiver.received().size());
        }
        Db.inTransaction(() -> WebhookEndpoint.deleteAll());
    }

    private void run(int dispatchers, int count) throws Exception {
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            for (int i = 0; i < count; i++) {
                                events.publish(
                                        WebhookType.CONSENT_CHANGED,
                                        UUID.randomUUID(),
                                        Map.of("category", "news", "granted", false));
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
                "WEBHOOKS dispatchers=%d events=%d attempted=%d seconds=%.2f per_second=%.0f%n",
                dispatchers, count, sent, seconds, sent / seconds);
    }
}
