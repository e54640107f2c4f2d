package dev.custodian.closure;

import dev.custodian.activity.AccountEvent;
import dev.custodian.jobs.BatchedJob;
import dev.custodian.product.Invoice;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Deletes what has outlived its retention period, whatever the account's state: activity and
 * sign-in history (IP, device) after 12 months, invoices after their legal end. Rows are claimed in
 * batches with SKIP LOCKED, so several instances share the work.
 */
@Singleton
public class RetentionJob {

    private final RetentionConfig config;
    private final Clock clock;

    RetentionJob(RetentionConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(
            every = "${custodian.retention.every}",
            delayed = "2m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = BatchedJob.NotScheduled.class)
    void onSchedule() {
        deleteOldActivity();
        deleteExpiredInvoices();
    }

    /** Activity events older than the retention period; returns how many. */
    public int deleteOldActivity() {
        return BatchedJob.untilDone(
                config.batchSize(),
                () ->
                        deleteBatch(
                                AccountEvent.class,
                                "occurredAt < ?1",
                                clock.instant().minus(config.activityKept())));
    }

    /** Invoices past their legal end; returns how many. */
    public int deleteExpiredInvoices() {
        return BatchedJob.untilDone(
                config.batchSize(),
                () ->
                        deleteBatch(
                                Invoice.class,
                                "retainUntil < ?1",
                                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)));
    }

    private int deleteBatch(
            Class<? extends PanacheEntityBase> type, String condition, Object bound) {
        String entity = type.getSimpleName();
        List<UUID> ids =
                Panache.getEntityManager()
                        .createQuery(
                                "select e.id from " + entity + " e where e." + condition,
                                UUID.class)
                        .setParameter(1, bound)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .setHint("jakarta.persistence.lock.timeout", BatchedJob.SKIP_LOCKED)
                        .setMaxResults(config.batchSize())
                        .getResultList();
        if (!ids.isEmpty()) {
            Panache.getEntityManager()
                    .createQuery("delete from " + entity + " where id in ?1")
                    .setParameter(1, ids)
                    .executeUpdate();
        }
        return ids.size();
    }
}
