package dev.custodian.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.testing.TestClock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneOffset;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The outbox gauges before the database first answers, while it does, and once it stops. */
class OutboxMetricsTest {

    @Test
    void theGaugesAreNotANumberUntilTheDatabaseAnswersThenKeepTheirLastValuesWhenItStops()
            throws SQLException {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:outbox-metrics;DB_CLOSE_DELAY=-1");
        TestClock clock = new TestClock();
        clock.freeze();
        MeterRegistry registry = new SimpleMeterRegistry();
        new OutboxMetrics(database, clock).bindTo(registry);

        assertTrue(Double.isNaN(gauge(registry, "custodian.mail.pending")), "no outbox table yet");
        assertTrue(Double.isNaN(gauge(registry, "custodian.mail.oldest.pending.age")));

        try (Connection connection = database.getConnection()) {
            connection
                    .createStatement()
                    .execute(
                            "CREATE TABLE outbox_mail (status VARCHAR(10), created_at TIMESTAMP WITH TIME ZONE)");
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO outbox_mail VALUES (?, ?)")) {
                for (String[] row :
                        new String[][] {
                            {"PENDING", "90"},
                            {"PENDING", "5"},
                            {"DEAD", "400000"},
                            {"SENT", "1000"}
                        }) {
                    insert.setString(1, row[0]);
                    insert.setObject(
                            2,
                            clock.instant()
                                    .minusSeconds(Long.parseLong(row[1]))
                                    .atOffset(ZoneOffset.UTC));
                    insert.executeUpdate();
                }
            }
        }
        clock.advance(OutboxMetrics.FRESH);
        assertEquals(2, gauge(registry, "custodian.mail.pending"));
        assertEquals(1, gauge(registry, "custodian.mail.dead"));
        assertEquals(
                90 + OutboxMetrics.FRESH.toSeconds(),
                gauge(registry, "custodian.mail.oldest.pending.age"));

        database.setURL("jdbc:h2:mem:no-such-database;IFEXISTS=TRUE");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(2, gauge(registry, "custodian.mail.pending"), "the last value");
        assertEquals(1, gauge(registry, "custodian.mail.dead"));
        assertEquals(
                150 + OutboxMetrics.FRESH.toSeconds(),
                gauge(registry, "custodian.mail.oldest.pending.age"),
                "the oldest mail known still waits");
    }

    private static double gauge(MeterRegistry registry, String name) {
        return registry.get(name).gauge().value();
    }
}
