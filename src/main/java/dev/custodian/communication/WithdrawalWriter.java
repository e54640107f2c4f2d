package dev.custodian.communication;

import dev.custodian.webhook.Events;
import dev.custodian.webhook.WebhookType;
import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Writes one-click withdrawals in groups. A campaign makes mailbox providers post thousands of
 * unsubscribes a second; one transaction each would spend most of the time committing. Instead a
 * writer thread takes every withdrawal waiting, writes them all in one transaction (JDBC batches of
 * the same statements as {@link Preferences}) and only then lets each request answer: nothing is
 * acknowledged before it is committed, and a failed batch fails every request in it.
 */
@Singleton
public class WithdrawalWriter {

    private static final Logger LOG = Logger.getLogger(WithdrawalWriter.class);
    private static final int MAX_BATCH = 500;

    /** A withdrawal waiting for its batch; {@code done} completes once it is committed. */
    record Pending(
            UUID accountId,
            Category category,
            ConsentEvent.Source source,
            String ip,
            CompletableFuture<Void> done) {}

    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final Events events;
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running = true;

    /**
     * {@code custodian.unsubscribe.writers} threads share the queue: while one waits for its commit
     * to reach the disk, another gathers the next group.
     */
    WithdrawalWriter(
            AgroalDataSource dataSource, Clock clock, CommunicationConfig config, Events events) {
        this.dataSource = dataSource;
        this.events = events;
        this.clock = clock;
        for (int i = 0; i < config.unsubscribe().writers(); i++) {
            Thread writer = new Thread(this::writeUntilStopped, "unsubscribe-writer-" + i);
            writer.setDaemon(true);
            writer.start();
            writers.add(writer);
        }
    }

    /**
     * Queues the withdrawal; the stage completes when it is committed (or fails with its batch).
     */
    public CompletableFuture<Void> withdraw(
            UUID accountId, Category category, ConsentEvent.Source source, String ip) {
        Pending pending = new Pending(accountId, category, source, ip, new CompletableFuture<>());
        queue.add(pending);
        return pending.done();
    }

    @PreDestroy
    void stop() {
        running = false;
        writers.forEach(Thread::interrupt);
    }

    private void writeUntilStopped() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (running) {
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
                batch.forEach(p -> p.done().complete(null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                LOG.errorf(
                        e,
                        "A batch of %d unsubscribes failed; each request answers with an error",
                        batch.size());
                batch.forEach(p -> p.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    /** Turns the subscriptions off and records a withdrawal for each one that was on. */
    private void write(List<Pending> batch) throws SQLException {
        // A plain local transaction: JTA and an ORM session would cost more than the two batches.
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                write(connection, batch, clock.instant());
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private void write(Connection connection, List<Pending> batch, Instant now)
            throws SQLException {
        Timestamp at = Timestamp.from(now);
        int[] updated;
        try (PreparedStatement update = connection.prepareStatement(Preferences.WITHDRAW_SQL)) {
            for (Pending p : batch) {
                update.setTimestamp(1, at);
                update.setObject(2, p.accountId());
                update.setString(3, p.category().id());
                update.addBatch();
            }
            updated = update.executeBatch();
        }
        List<Events.Fact> changes = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement(ConsentEvent.RECORD_SQL)) {
            for (int i = 0; i < batch.size(); i++) {
                // Only a change is recorded: a second unsubscribe, or one for an erased account, is
                // not.
                if (updated[i] > 0) {
                    Pending p = batch.get(i);
                    insert.setObject(1, p.accountId());
                    insert.setString(2, p.category().id());
                    insert.setString(3, ConsentEvent.Action.WITHDRAW.name());
                    insert.setString(4, p.source().name());
                    insert.setTimestamp(5, at);
                    insert.setString(6, p.ip());
                    insert.setTimestamp(7, at);
                    insert.addBatch();
                    changes.add(
                            new Events.Fact(
                                    p.accountId(),
                                    Events.consent(p.category().id(), false, p.source())));
                }
            }
            if (!changes.isEmpty()) {
                insert.executeBatch();
            }
        }
        events.publishAll(connection, WebhookType.CONSENT_CHANGED, changes);
    }
}
