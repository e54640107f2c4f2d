package dev.custodian.privacy;

import dev.custodian.jobs.BatchedJob;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * First-party, aggregate-only analytics: how many times each page (the resource method, never the
 * address, so no handle or token is recorded) was viewed each day, by browsers that agreed. Counted
 * in memory and added to {@code page_view} every minute, so a page view costs no database write.
 */
@Singleton
public class PageViews {

    private final Map<String, LongAdder> pending = new ConcurrentHashMap<>();
    private final AgroalDataSource dataSource;
    private final Clock clock;

    PageViews(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    void count(String page) {
        pending.computeIfAbsent(page, p -> new LongAdder()).increment();
    }

    @Scheduled(
            every = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = BatchedJob.NotScheduled.class)
    public void flush() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        pending.forEach(
                (page, adder) -> {
                    long views = adder.sumThenReset();
                    if (views > 0) {
                        counts.put(page, views);
                    }
                });
        if (counts.isEmpty()) {
            return;
        }
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        // UPDATE, else INSERT: the upsert both PostgreSQL and H2 run (shared/STACK.md)
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update =
                        connection.prepareStatement(
                                "UPDATE page_view SET views = views + ? WHERE viewed_on = ? AND page = ?");
                PreparedStatement insert =
                        connection.prepareStatement(
                                "INSERT INTO page_view (viewed_on, page, views) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (Map.Entry<String, Long> count : counts.entrySet()) {
                while (!add(update, insert, day, count.getKey(), count.getValue())) {
                    // another instance inserted the row in between: update it on the next turn
                }
            }
        }
    }

    private static boolean add(
            PreparedStatement update,
            PreparedStatement insert,
            LocalDate day,
            String page,
            long views)
            throws SQLException {
        update.setLong(1, views);
        update.setObject(2, day);
        update.setString(3, page);
        if (update.executeUpdate() > 0) {
            return true;
        }
        insert.setObject(1, day);
        insert.setString(2, page);
        insert.setLong(3, views);
        return insert.executeUpdate() > 0;
    }

    /** Views per page over the last {@code days} days, most viewed first. */
    public Map<String, Long> lastDays(int days) throws SQLException {
        Map<String, Long> views = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement(
                                "SELECT page, SUM(views) AS total FROM page_view "
                                        + "WHERE viewed_on > ? GROUP BY page ORDER BY total DESC, page")) {
            query.setObject(
                    1, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(days));
            try (var result = query.executeQuery()) {
                while (result.next()) {
                    views.put(result.getString(1), result.getLong(2));
                }
            }
        }
        return views;
    }
}
