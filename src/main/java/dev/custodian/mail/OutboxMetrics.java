package dev.custodian.mail;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The outbox on /q/metrics: mails waiting, dead letters, and how long the oldest waiting mail has
 * waited, which catches a stalled dispatcher or SMTP server long before a mail is given up. One
 * query feeds the three gauges and is reused for {@link #FRESH}, so scrapes cost the database next
 * to nothing; when the database does not answer, the gauges keep their last values (NaN before the
 * first answer) instead of failing the scrape. Quarkus binds every MeterBinder bean at startup.
 */
@Singleton
public class OutboxMetrics implements MeterBinder {

    static final Duration FRESH = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);
    private static final int QUERY_TIMEOUT_SECONDS = 2;

    /** What the query found; {@code oldestPending} is null when no mail waits. */
    private record Counts(double pending, double dead, Instant oldestPending) {
        static final Counts UNKNOWN = new Counts(Double.NaN, Double.NaN, null);
    }

    private final DataSource dataSource;
    private final Clock clock;
    private Counts counts = Counts.UNKNOWN;
    private Instant readAt;

    OutboxMetrics(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("custodian.mail.pending", this, metrics -> metrics.counts().pending())
                .description("Outbox mails waiting to be sent")
                .register(registry);
        Gauge.builder("custodian.mail.dead", this, metrics -> metrics.counts().dead())
                .description("Outbox mails given up (dead letters)")
                .register(registry);
        Gauge.builder("custodian.mail.oldest.pending.age", this, OutboxMetrics::oldestPendingAge)
                .baseUnit("seconds")
                .description("How long the oldest mail waiting to be sent has waited")
                .register(registry);
    }

    private double oldestPendingAge() {
        Counts now = counts();
        if (Double.isNaN(now.pending())) {
            return Double.NaN;
        }
        return now.oldestPending() == null
                ? 0
                : Duration.between(now.oldestPending(), clock.instant()).toMillis() / 1000.0;
    }

    /** The counts, read again once they are older than FRESH (or the clock went back). */
    private synchronized Counts counts() {
        Instant now = clock.instant();
        if (readAt != null && !now.isBefore(readAt) && now.isBefore(readAt.plus(FRESH))) {
            return counts;
        }
        // A failed read waits FRESH too, so that a database that is down slows one scrape, not
        // each.
        readAt = now;
        try {
            counts = read();
        } catch (SQLException | RuntimeException e) {
            LOG.debugf(e, "Outbox metrics keep their last values: %s", e.getMessage());
        }
        return counts;
    }

    private Counts read() throws SQLException {
        double pending = 0;
        double dead = 0;
        Instant oldestPending = null;
        // The (status, next_attempt_at) index finds the waiting and dead rows: sent mail, most of
        // the table, is not read.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement(
                                "SELECT status, COUNT(*), MIN(created_at) "
                                        + "FROM outbox_mail WHERE status IN ('PENDING', 'DEAD') GROUP BY status")) {
            query.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (OutboxMail.Status.PENDING.name().equals(rows.getString(1))) {
                        pending = rows.getLong(2);
                        oldestPending = rows.getObject(3, OffsetDateTime.class).toInstant();
                    } else {
                        dead = rows.getLong(2);
                    }
                }
            }
        }
        return new Counts(pending, dead, oldestPending);
    }
}
