package dev.custodian.auth;

import dev.custodian.account.Account;
import dev.custodian.account.AccountMails;
import dev.custodian.activity.AccountEvent;
import dev.custodian.activity.ActivityLog;
import dev.custodian.activity.EventType;
import dev.custodian.account.PasswordHasher;
import dev.custodian.web.Secrets;
import dev.custodian.web.TooManyRequestsException;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Password sign-in. A wrong email and a wrong password get the same answer in the same time;
 * guessing is throttled per client address and, with growing waits, per email address.
 */
@Singleton
public class LoginService {

    /** What a sign-in attempt came to. */
    public sealed interface Outcome {
    }

    public record Success(String sessionToken) implements Outcome {
    }

    public record WrongCredentials() implements Outcome {
    }

    /** The password was right, but too many failures before it mean only a reset lets the user in. */
    public record ResetRequired() implements Outcome {
    }

    private final RateLimiter rateLimiter;
    private final RateLimitConfig limits;
    private final PasswordHasher hasher;
    private final SessionService sessions;
    private final ActivityLog activity;
    private final AccountMails mails;
    private final Secrets secrets;
    private final Clock clock;

    LoginService(RateLimiter rateLimiter, RateLimitConfig limits, PasswordHasher hasher, SessionService sessions,
            ActivityLog activity, AccountMails mails, Secrets secrets, Clock clock) {
        this.rateLimiter = rateLimiter;
        this.limits = limits;
        this.hasher = hasher;
        this.sessions = sessions;
        this.activity = activity;
        this.mails = mails;
        this.secrets = secrets;
        this.clock = clock;
    }

    public Outcome signIn(String email, String password, String ip, String userAgent) {
        rateLimiter.consume("login-address:" + ip, limits.loginPerAddressPerMinute(), Duration.ofMinutes(1));
        String emailKey = secrets.keyedHash("login-email", Account.normalizeEmail(email));
        enforceWait(emailKey);

        Optional<Account> account = Account.findActiveByEmail(email);
        boolean passwordMatches;
        if (account.isEmpty() || account.get().passwordHash == null) {
            hasher.verifyDecoy(password);
            passwordMatches = false;
        } else {
            passwordMatches = hasher.verify(password, account.get().passwordHash);
        }
        if (!passwordMatches) {
            QuarkusTransaction.requiringNew().run(() -> recordFailure(emailKey, account, ip, userAgent));
            return new WrongCredentials();
        }
        if (account.get().passwordResetRequired) {
            return new ResetRequired();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            LoginFailure.deleteById(emailKey);
            Account signedIn = Account.findById(account.get().id);
            if (hasher.needsRehash(signedIn.passwordHash)) {
                signedIn.passwordHash = hasher.hash(password);
            }
            recordSignIn(signedIn, ip, userAgent);
            return new Success(sessions.start(signedIn.id, ip, userAgent));
        });
    }

    /** Starts the count of failed sign-ins for this email afresh (after a password reset). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetFailures(String email) {
        LoginFailure.deleteById(secrets.keyedHash("login-email", Account.normalizeEmail(email)));
    }

    /** After a few failures each further try waits 1 s, 2 s, 4 s ... up to the configured maximum. */
    private void enforceWait(String emailKey) {
        LoginFailure failure = LoginFailure.findById(emailKey);
        if (failure == null || failure.consecutiveFailures < limits.failuresBeforeDelay()) {
            return;
        }
        int doublings = Math.min(30, failure.consecutiveFailures - limits.failuresBeforeDelay());
        Duration wait = Duration.ofSeconds(1L << doublings);
        if (wait.compareTo(limits.maxDelay()) > 0) {
            wait = limits.maxDelay();
        }
        Instant allowedFrom = failure.lastFailureAt.plus(wait);
        Instant now = clock.instant();
        if (now.isBefore(allowedFrom)) {
            long millis = Duration.between(now, allowedFrom).toMillis();
            throw new TooManyRequestsException((millis + 999) / 1000);
        }
    }

    /** A browser the account has never signed in from before gets its owner a notice. */
    private void recordSignIn(Account account, String ip, String userAgent) {
        boolean newDevice = AccountEvent.signedInBefore(account.id)
                && (userAgent == null || !AccountEvent.signedInBeforeWith(account.id, userAgent));
        activity.record(account.id, newDevice ? EventType.SIGNED_IN_NEW_DEVICE : EventType.SIGNED_IN, ip, userAgent);
        if (newDevice) {
            mails.newDevice(account, clock.instant(), userAgent, ip);
        }
    }

    private void recordFailure(String emailKey, Optional<Account> account, String ip, String userAgent) {
        Instant now = clock.instant();
        var em = Panache.getEntityManager();
        // Insert-then-increment is atomic under concurrent failures, and runs on H2 as on PostgreSQL.
        em.createNativeQuery("INSERT INTO login_failure (email_key, consecutive_failures, last_failure_at) "
                + "VALUES (?1, 0, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, emailKey).setParameter(2, now).executeUpdate();
        em.createNativeQuery("UPDATE login_failure SET consecutive_failures = consecutive_failures + 1, "
                + "last_failure_at = ?2 WHERE email_key = ?1")
                .setParameter(1, emailKey).setParameter(2, now).executeUpdate();
        int failures = ((Number) em.createNativeQuery(
                "SELECT consecutive_failures FROM login_failure WHERE email_key = ?1")
                .setParameter(1, emailKey).getSingleResult()).intValue();
        if (account.isPresent()) {
            activity.record(account.get().id, EventType.SIGN_IN_FAILED, ip, userAgent);
            if (failures >= limits.failuresBeforeReset()) {
                Account.update("passwordResetRequired = true where id = ?1", account.get().id);
            }
        }
    }
}
