package dev.custodian.account;

import dev.custodian.jobs.BatchedJob;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Deletes sign-ups whose address was never verified within 7 days: nobody proved they own it, so
 * the data has no purpose. Claims rows with SKIP LOCKED, so several instances can run it.
 */
@Singleton
public class UnverifiedAccountCleanup {

    static final Duration KEEP_UNVERIFIED = Duration.ofDays(7);
    private static final int BATCH = 200;
    private static final int SKIP_LOCKED = -2;

    private final Clock clock;

    UnverifiedAccountCleanup(Clock clock) {
        this.clock = clock;
    }

    @Scheduled(
            every = "1h",
            delayed = "2m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = BatchedJob.NotScheduled.class)
    void onSchedule() {
        deleteExpired();
    }

    /** Deletes every expired unverified sign-up, batch after batch; returns how many. */
    public int deleteExpired() {
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(this::deleteBatch);
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }

    private int deleteBatch() {
        Instant now = clock.instant();
        List<Account> expired =
                Account.<Account>find(
                                "emailVerifiedAt is null and createdAt < ?1 and status = ?2",
                                now.minus(KEEP_UNVERIFIED),
                                AccountStatus.ACTIVE)
                        .withLock(LockModeType.PESSIMISTIC_WRITE)
                        .withHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                        .page(0, BATCH)
                        .list();
        if (expired.isEmpty()) {
            return 0;
        }
        // Invoices outlive their account for the legal period: such an account takes the path of
        // a closure with immediate erasure, which keeps them; the others are deleted outright.
        List<?> invoiced =
                Panache.getEntityManager()
                        .createNativeQuery(
                                "SELECT DISTINCT account_id FROM invoice WHERE account_id IN (?1)",
                                UUID.class)
                        .setParameter(1, expired.stream().map(a -> a.id).toList())
                        .getResultList();
        for (Account account : expired) {
            if (invoiced.contains(account.id)) {
                account.status = AccountStatus.CLOSED;
                account.closedAt = now;
                account.eraseAfter = now;
                account.erasureAsked = true;
            } else {
                // Sessions, tokens, events and acceptances go with the account (ON DELETE CASCADE).
                Panache.getEntityManager()
                        .createQuery("delete from OutboxMail where accountId = ?1")
                        .setParameter(1, account.id)
                        .executeUpdate();
                account.delete();
            }
        }
        return expired.size();
    }
}
