package dev.custodian.closure;

import dev.custodian.account.Account;
import dev.custodian.account.AccountStatus;
import dev.custodian.jobs.BatchedJob;
import dev.custodian.mail.OutboxMail;
import dev.custodian.secrets.Secrets;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Erases closed accounts when their time has come (six months after closure, or at the next run
 * when the user asked): every personal row goes; what remains is a tombstone (id, status, dates, a
 * keyed hash of the email as anti-fraud marker), the consent events without their IP (proof of
 * consent), and the invoices, which keep their billing snapshot until their legal end. Accounts are
 * claimed with SKIP LOCKED, so any number of instances can run it and each account is erased once.
 */
@Singleton
public class ErasureJob {

    private static final Logger LOG = Logger.getLogger(ErasureJob.class);

    /**
     * Every table holding an account's personal rows, by its account_id column. A new table with
     * personal data belongs here; ErasureTest scans every table for what is left behind.
     */
    static final List<String> PERSONAL_TABLES =
            List.of(
                    "experience",
                    "address",
                    "profile",
                    "user_session",
                    "recovery_code",
                    "totp_credential",
                    "one_time_token",
                    "account_event",
                    "policy_acceptance",
                    "product",
                    "outbox_mail",
                    "communication_preference",
                    "field_visibility",
                    "data_export",
                    "disclosure",
                    "underage_report",
                    "oidc_identity");

    private final RetentionConfig config;
    private final Secrets secrets;
    private final Clock clock;

    ErasureJob(RetentionConfig config, Secrets secrets, Clock clock) {
        this.config = config;
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

    private void erase(Account account, Instant now) {
        EntityManager em = Panache.getEntityManager();
        UUID id = account.id;
        for (String table : PERSONAL_TABLES) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE account_id = ?1")
                    .setParameter(1, id)
                    .executeUpdate();
        }
        // Consent events stay as proof of consent (GDPR art. 7(1)), pointing at the tombstone,
        // without the address they came from.
        em.createNativeQuery("UPDATE consent_event SET ip = NULL WHERE account_id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        // The failed sign-in count is keyed by a hash of the email, not by the account.
        em.createNativeQuery("DELETE FROM login_failure WHERE email_key = ?1")
                .setParameter(1, secrets.keyedHash("login-email", account.emailNormalized))
                .executeUpdate();
        account.fraudMarker = secrets.keyedHash("anti-fraud", account.emailNormalized);
        account.email = null;
        account.emailNormalized = null;
        account.passwordHash = null;
        account.firstName = null;
        account.lastName = null;
        account.company = null;
        account.phone = null;
        account.country = null;
        account.locale = null;
        account.roles = "";
        account.status = AccountStatus.ERASED;
        account.erasedAt = now;
    }
}
