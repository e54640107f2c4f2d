package dev.custodian.closure;

import dev.custodian.account.Account;
import dev.custodian.account.AccountStatus;
import dev.custodian.catalogue.Catalogue;
import dev.custodian.jobs.BatchedJob;
import dev.custodian.mail.OutboxMail;
import dev.custodian.secrets.Secrets;
import dev.custodian.webhook.Events;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Erases closed accounts when their time has come (the manifest's grace period after closure, or at
 * the next run when the user asked): in every table of the catalogue, the account's rows are
 * deleted or, where the catalogue keeps them, cleared. What remains is a tombstone (id, status,
 * dates, a keyed hash of the email as anti-fraud marker), the consent events without their IP
 * (proof of consent), and the invoices, which keep their billing snapshot until their legal end.
 * Accounts are claimed with SKIP LOCKED, so any number of instances can run it and each account is
 * erased once.
 */
@Singleton
public class ErasureJob {

    private static final Logger LOG = Logger.getLogger(ErasureJob.class);

    private final RetentionConfig config;
    private final Secrets secrets;
    private final Clock clock;
    private final Events events;

    ErasureJob(RetentionConfig config, Secrets secrets, Clock clock, Events events) {
        this.config = config;
        this.events = events;
        this.secrets = secrets;
        this.clock = clock;
    }

    @Scheduled(
            every = "${custodian.retention.every}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = BatchedJob.NotScheduled.class)
    void onSchedule() {
        int erased = eraseDue();
        if (erased > 0) {
            LOG.infof("Erased %d closed accounts", erased);
        }
    }

    /** Erases every account that is due; returns how many this runner erased. */
    public int eraseDue() {
        return BatchedJob.untilDone(config.batchSize(), this::eraseBatch);
    }

    private int eraseBatch() {
        Instant now = clock.instant();
        // An account's last mails (the closure confirmation) leave the outbox first, unless the
        // mail server has kept them waiting past the grace period.
        List<Account> due =
                Account.<Account>find(
                                "from Account a where a.status = ?1 and a.eraseAfter <= ?2 "
                                        + "and (a.closedAt < ?3 or not exists (select m.id from OutboxMail m where m.accountId = a.id "
                                        + "and m.status = ?4)) order by a.eraseAfter",
                                AccountStatus.CLOSED,
                                now,
                                now.minus(config.mailGrace()),
                                OutboxMail.Status.PENDING)
                        .withLock(LockModeType.PESSIMISTIC_WRITE)
                        .withHint("jakarta.persistence.lock.timeout", BatchedJob.SKIP_LOCKED)
                        .page(0, config.batchSize())
                        .list();
        due.forEach(account -> erase(account, now));
        return due.size();
    }

    /**
     * The account's own row is cleared last, natively like the others, into its tombstone: the
     * entity loaded to lock it is left unchanged, so Hibernate writes nothing back over it.
     */
    private void erase(Account account, Instant now) {
        EntityManager em = Panache.getEntityManager();
        UUID id = account.id;
        Catalogue.Table tombstone = Catalogue.table("account");
        for (Catalogue.Table table : Catalogue.tables()) {
            if (table == tombstone) {
                continue;
            }
            switch (table.erasure()) {
                case DELETE ->
                        em.createNativeQuery(
                                        "DELETE FROM "
                                                + table.name()
                                                + " WHERE "
                                                + table.key()
                                                + " = ?1")
                                .setParameter(1, id)
                                .executeUpdate();
                case CLEAR ->
                        em.createNativeQuery(
                                        "UPDATE "
                                                + table.name()
                                                + " SET "
                                                + cleared(table)
                                                + " WHERE "
                                                + table.key()
                                                + " = ?1")
                                .setParameter(1, id)
                                .executeUpdate();
                case KEEP -> {}
            }
        }
        // The failed sign-in count is keyed by a hash of the email, not by the account.
        em.createNativeQuery("DELETE FROM login_failure WHERE email_key = ?1")
                .setParameter(1, secrets.keyedHash("login-email", account.emailNormalized))
                .executeUpdate();
        em.createNativeQuery(
                        "UPDATE account SET "
                                + cleared(tombstone)
                                + ", status = ?1, erased_at = ?2, fraud_marker = ?3,"
                                + " version = version + 1 WHERE id = ?4")
                .setParameter(1, AccountStatus.ERASED.name())
                .setParameter(2, now)
                .setParameter(3, secrets.keyedHash("anti-fraud", account.emailNormalized))
                .setParameter(4, id)
                .executeUpdate();
        // Every recipient with an endpoint is told in this transaction (GDPR art. 17(2), 19).
        events.publishErasure(id);
    }

    /** Each column the catalogue clears, back to its default: NULL, or the roles' empty list. */
    private static String cleared(Catalogue.Table table) {
        return table.cleared().stream()
                .map(column -> column + " = DEFAULT")
                .collect(Collectors.joining(", "));
    }
}
