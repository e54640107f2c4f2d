package dev.custodian.closure;

import dev.custodian.account.AccountStatus;
import dev.custodian.activity.AccountEvent;
import dev.custodian.communication.ConsentEvent;
import dev.custodian.jobs.BatchedJob;
import dev.custodian.manifest.Manifest;
import dev.custodian.product.Invoice;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Deletes what has outlived its retention period, as the manifest states it, whatever the account's
 * state: activity and sign-in history (IP, device) its days after each entry, invoices after their
 * legal end (fixed when issued), consent events its years after their account's erasure. Rows are
 * claimed in batches with SKIP LOCKED, so several instances share the work.
 */
@Singleton
public class RetentionJob {

    private final RetentionConfig config;
    private final Manifest manifest;
    private final Clock clock;

    RetentionJob(RetentionConfig config, Manifest manifest, Clock clock) {
        this.config = config;
        this.manifest = manifest;
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
        deleteHeldConsent();
    }

    /**
     * Activity events older than the activity category's days; returns how many. None where the
     * manifest keeps activity with the account: the erasure deletes it.
     */
    public int deleteOldActivity() {
        Manifest.Retention kept = manifest.category("activity").retention();
        if (kept.is("account")) {
            return 0;
        }
        Instant before = clock.instant().minus(Duration.ofDays(kept.days()));
        return BatchedJob.untilDone(
                config.batchSize(),
                () -> deleteBatch(AccountEvent.class, "e.occurredAt < ?1", before));
    }

    /** Invoices past their legal end; returns how many. */
    public int deleteExpiredInvoices() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return BatchedJob.untilDone(
                config.batchSize(), () -> deleteBatch(Invoice.class, "e.retainUntil < ?1", today));
    }

    /**
     * The consent events that erasure kept as proof of consent, once the consent category's legal
     * hold after the erasure of their account is over; returns how many.
     */
    public int deleteHeldConsent() {
        Instant erasedBefore =
                clock.instant()
                        .atZone(ZoneOffset.UTC)
                        .minusYears(manifest.category("consent").retention().years())
                        .toInstant();
        return BatchedJob.untilDone(
                config.batchSize(),
                () ->
                        deleteBatch(
                                ConsentEvent.class,
                                "e.accountId in (select a.id from Account a"
                                        + " where a.status = ?2 and a.erasedAt < ?1)",
                                erasedBefore,
                                AccountStatus.ERASED));
    }

    private int deleteBatch(
            Class<? extends PanacheEntityBase> type, String condition, Object... parameters) {
        String entity = type.getSimpleName();
        var select =
                Panache.getEntityManager()
                        .createQuery(
                                "select e.id from " + entity + " e where " + condition, UUID.class);
        for (int i = 0; i < parameters.length; i++) {
            select.setParameter(i + 1, parameters[i]);
        }
        List<UUID> ids =
                select.setLockMode(LockModeType.PESSIMISTIC_WRITE)
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
