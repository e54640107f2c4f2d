package dev.custodian.account;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Deletes sign-ups whose address was never verified within 7 days: nobody proved they own it,
 * so the data has no purpose. Claims rows with SKIP LOCKED, so several instances can run it.
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

    @Scheduled(every = "1h", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
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
        List<Account> expired = Account.<Account>find("emailVerifiedAt is null and createdAt < ?1",
                clock.instant().minus(KEEP_UNVERIFIED))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .page(0, BATCH).list();
        List<UUID> ids = expired.stream().map(a -> a.id).toList();
        if (!ids.isEmpty()) {
            // Sessions, tokens, events and acceptances go with the account (ON DELETE CASCADE).
            Panache.getEntityManager().createQuery("delete from OutboxMail where accountId in ?1")
                    .setParameter(1, ids).executeUpdate();
            expired.forEach(Account::delete);
        }
        return ids.size();
    }
}
