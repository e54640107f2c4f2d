package dev.custodian.auth;

import dev.custodian.account.Account;
import dev.custodian.account.AccountStatus;
import dev.custodian.account.PasswordHasher;
import dev.custodian.account.PasswordLockout;
import dev.custodian.activity.AccountEvent;
import dev.custodian.activity.ActivityLog;
import dev.custodian.activity.EventType;
import dev.custodian.jobs.BatchedJob;
import dev.custodian.secrets.Secrets;
import dev.custodian.web.TooManyRequestsException;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Password sign-in. A wrong email and a wrong password get the same answer in the same time;
 * guessing is throttled per client address and, with growing waits, per email address.
 */
@Singleton
public class LoginService {

    /** What a sign-in attempt came to. */
    public sealed interface Outcome {}

    public record Success(String sessionToken, UUID accountId) implements Outcome {}

    public record WrongCredentials() implements Outcome {}

    /**
     * The password was right; the account's second factor is to come (the token is a pending
     * session's).
     */
    public record SecondFactorRequired(String pendingToken) implements Outcome {}

    private static final Duration FORGET_FAILURES_AFTER = Duration.ofDays(30);

    /**
     * Second-factor codes one account may try in five minutes, whatever the sign-in or form they
     * come from.
     */
    private static final int CODES_PER_ACCOUNT_PER_5_MINUTES = 15;

    private final RateLimiter rateLimiter;
    private final AuthConfig.RateLimit limits;
    private final PasswordHasher hasher;
    private final SessionService sessions;
    private final ActivityLog activity;
    private final AuthMails mails;
    private final PasswordLockout lockout;
    private final Secrets secrets;
    private final Clock clock;
    private final SecondFactor twoFactor;

    LoginService(
            RateLimiter rateLimiter,
            AuthConfig config,
            PasswordHasher hasher,
            SessionService sessions,
            ActivityLog activity,
            AuthMails mails,
            PasswordLockout lockout,
            Secrets secrets,
            Clock clock,
            SecondFactor twoFactor) {
        this.twoFactor = twoFactor;
        this.rateLimiter = rateLimiter;
        this.limits = config.rateLimit();
        this.hasher = hasher;
        this.sessions = sessions;
        this.activity = activity;
        this.mails = mails;
        this.lockout = lockout;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** {@code addressKey} is the client's rate-limit key, {@code ip} its address for the log. */
    public Outcome signIn(
            String email, String password, String addressKey, String ip, String userAgent) {
        rateLimiter.consume(
                "login-address:" + addressKey,
                limits.loginPerAddressPerMinute(),
                Duration.ofMinutes(1));
        String emailKey = secrets.keyedHash("login-email", Account.normalizeEmail(email));
        int attempt = QuarkusTransaction.requiringNew().call(() -> claimAttempt(emailKey));

        Optional<Account> account = Account.findActiveByEmail(email);
        boolean passwordMatches;
        if (account.isEmpty() || account.get().passwordHash == null) {
            hasher.verifyDecoy(password);
            passwordMatches = false;
        } else {
            passwordMatches = hasher.verify(password, account.get().passwordHash);
        }
        // A locked account answers like a wrong password, so that the answer confirms no guess;
        // its owner was sent a reset link when it locked.
        if (!passwordMatches || account.get().passwordResetRequired) {
            QuarkusTransaction.requiringNew()
                    .run(() -> recordFailure(emailKey, account, attempt, ip, userAgent));
            return new WrongCredentials();
        }
        String stored = account.get().passwordHash;
        String rehashed = hasher.needsRehash(stored) ? hasher.hash(password) : null;
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            // a bulk delete: another sign-in of the same account may have deleted
                            // the row already
                            LoginFailure.delete("emailKey", emailKey);
                            Account signedIn = Account.findById(account.get().id);
                            if (signedIn == null) {
                                // erased (an unverified sign-up's clean-up) since it was read
                                return new WrongCredentials();
                            }
                            if (rehashed != null) {
                                Panache.getEntityManager()
                                        .createQuery(
                                                "update versioned Account set passwordHash = ?1 where id = ?2 and passwordHash = ?3")
                                        .setParameter(1, rehashed)
                                        .setParameter(2, signedIn.id)
                                        .setParameter(3, stored)
                                        .executeUpdate();
                            }
                            if (twoFactor.isEnrolled(signedIn.id)) {
                                return new SecondFactorRequired(
                                        sessions.startPending(signedIn.id, ip, userAgent));
                            }
                            recordSignIn(signedIn, ip, userAgent);
                            return new Success(
                                    sessions.start(signedIn.id, ip, userAgent), signedIn.id);
                        });
    }

    /**
     * Checks the password (and the code, when two-factor is on) of someone already signed in, or
     * reopening a closed account: a password change, step-up, reopening. It draws on the same
     * limits as signing in (the growing waits and the lockout of the email's failure count, the
     * account's code bucket, the authenticator's cap), so that a stolen session cannot guess at
     * leisure; it says only right or wrong, never which factor was wrong.
     *
     * @throws TooManyRequestsException while the account's failures make it wait
     */
    public boolean reverify(
            UUID accountId, String password, String code, String ip, String userAgent) {
        Account account =
                QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(accountId));
        String emailKey = secrets.keyedHash("login-email", Account.normalizeEmail(account.email));
        int attempt = QuarkusTransaction.requiringNew().call(() -> claimAttempt(emailKey));
        boolean passwordRight;
        if (account.passwordHash == null || password == null || password.isEmpty()) {
            hasher.verifyDecoy(password == null ? "" : password);
            passwordRight = false;
        } else {
            passwordRight =
                    hasher.verify(password, account.passwordHash) && !account.passwordResetRequired;
        }
        boolean codeRight =
                passwordRight
                        && (!twoFactor.isEnrolled(accountId)
                                || codeIsRight(accountId, code, ip, userAgent));
        if (codeRight) {
            QuarkusTransaction.requiringNew().run(() -> LoginFailure.delete("emailKey", emailKey));
            return true;
        }
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            activity.record(
                                    accountId, EventType.REVERIFICATION_FAILED, ip, userAgent);
                            lockIfTooMany(account, attempt);
                        });
        return false;
    }

    /** Takes a try from the account's code bucket, then checks the code. */
    private boolean codeIsRight(UUID accountId, String code, String ip, String userAgent) {
        takeCodeTry(accountId);
        return twoFactor.verify(accountId, code, ip, userAgent);
    }

    /**
     * Takes a try from the account's bucket of second-factor codes, shared by every sign-in and
     * form: an attacker who knows the password cannot just sign in again and again.
     *
     * @throws TooManyRequestsException when it is empty
     */
    void takeCodeTry(UUID accountId) {
        rateLimiter.consume(
                "second-factor:" + accountId,
                CODES_PER_ACCOUNT_PER_5_MINUTES,
                Duration.ofMinutes(5));
    }

    /** Starts the count of failed sign-ins for this email afresh (after a password reset). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetFailures(String email) {
        LoginFailure.delete(
                "emailKey", secrets.keyedHash("login-email", Account.normalizeEmail(email)));
    }

    /**
     * Failures nobody followed up for a month say nothing any more; the table must not grow
     * forever.
     */
    @Scheduled(
            every = "1h",
            delayed = "3m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = BatchedJob.NotScheduled.class)
    @Transactional
    void forgetOldFailures() {
        LoginFailure.delete("lastFailureAt < ?1", clock.instant().minus(FORGET_FAILURES_AFTER));
    }

    /**
     * Counts the attempt as a failure before the password is checked (a success deletes the count),
     * under a row lock: parallel guesses queue here and each sees the others, so none slips through
     * a wait. After a few failures each further try waits 1 s, 2 s, 4 s ... up to the configured
     * maximum. Returns the number of this attempt.
     */
    private int claimAttempt(String emailKey) {
        Instant now = clock.instant();
        // Insert-if-absent then lock: runs on H2 as on PostgreSQL. A successful sign-in of the same
        // account can delete the row while this one waits for its lock: then insert it again.
        LoginFailure failure = null;
        while (failure == null) {
            Panache.getEntityManager()
                    .createNativeQuery(
                            "INSERT INTO login_failure (email_key, consecutive_failures, "
                                    + "last_failure_at) VALUES (?1, 0, ?2) ON CONFLICT DO NOTHING")
                    .setParameter(1, emailKey)
                    .setParameter(2, now)
                    .executeUpdate();
            failure =
                    Panache.getEntityManager()
                            .find(LoginFailure.class, emailKey, LockModeType.PESSIMISTIC_WRITE);
        }
        if (failure.consecutiveFailures >= limits.failuresBeforeDelay()) {
            int doublings =
                    Math.min(30, failure.consecutiveFailures - limits.failuresBeforeDelay());
            Duration wait = Duration.ofSeconds(1L << doublings);
            if (wait.compareTo(limits.maxDelay()) > 0) {
                wait = limits.maxDelay();
            }
            Instant allowedFrom = failure.lastFailureAt.plus(wait);
            if (now.isBefore(allowedFrom)) {
                long millis = Duration.between(now, allowedFrom).toMillis();
                throw new TooManyRequestsException((millis + 999) / 1000);
            }
        }
        failure.consecutiveFailures++;
        failure.lastFailureAt = now;
        return failure.consecutiveFailures;
    }

    /**
     * Logs a completed sign-in; a browser the account never signed in from gets its owner a notice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSignIn(Account account, String ip, String userAgent) {
        boolean knownDevice = AccountEvent.signedInBeforeWith(account.id, userAgent);
        boolean newDevice = !knownDevice && AccountEvent.signedInBefore(account.id);
        activity.record(
                account.id,
                newDevice ? EventType.SIGNED_IN_NEW_DEVICE : EventType.SIGNED_IN,
                ip,
                userAgent);
        if (newDevice) {
            mails.newDevice(account, clock.instant(), userAgent, ip);
        }
    }

    /**
     * Writes and commits for an unknown address as for an account (the commit's flush to disk is
     * most of the cost), so that the time of the answer does not tell whether the account exists.
     */
    private void recordFailure(
            String emailKey, Optional<Account> account, int attempt, String ip, String userAgent) {
        LoginFailure.update("lastFailureAt = ?1 where emailKey = ?2", clock.instant(), emailKey);
        if (account.isEmpty()) {
            return;
        }
        activity.record(account.get().id, EventType.SIGN_IN_FAILED, ip, userAgent);
        lockIfTooMany(account.get(), attempt);
    }

    /** Only an open account is locked: a closed one could not be reset, and so never reopened. */
    private void lockIfTooMany(Account account, int attempt) {
        if (attempt >= limits.failuresBeforeReset()
                && !account.passwordResetRequired
                && account.status == AccountStatus.ACTIVE) {
            lockout.lock(account.id);
        }
    }
}
