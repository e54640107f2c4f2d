package dev.custodian.auth;

import dev.custodian.account.Account;
import dev.custodian.account.AccountStatus;
import dev.custodian.activity.ActivityLog;
import dev.custodian.activity.EventType;
import dev.custodian.jobs.BatchedJob;
import dev.custodian.secrets.Tokens;
import dev.custodian.web.WebConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.NewCookie;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Starts, checks and ends database-backed sessions, and writes their cookie. */
@Singleton
public class SessionService {

    /** last_seen is rewritten at most this often, so that browsing is not a write per request. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    /** How long a half-signed-in session waits for its second factor. */
    static final Duration PENDING_SECOND_FACTOR = Duration.ofMinutes(5);

    private final AuthConfig.Session config;
    private final WebConfig.Session cookies;
    private final Clock clock;
    private final ActivityLog activity;

    SessionService(AuthConfig auth, WebConfig web, Clock clock, ActivityLog activity) {
        this.activity = activity;
        this.config = auth.session();
        this.cookies = web.session();
        this.clock = clock;
    }

    /**
     * A fresh session (never a reused one: no fixation); returns the cookie token, which is not
     * stored.
     */
    public String start(UUID accountId, String ip, String userAgent) {
        return create(accountId, ip, userAgent, false).token;
    }

    /**
     * A half-signed-in session: the password was right, the second factor is to come within
     * minutes.
     */
    public String startPending(UUID accountId, String ip, String userAgent) {
        return create(accountId, ip, userAgent, true).token;
    }

    private record Created(String token, UserSession session) {}

    private Created create(UUID accountId, String ip, String userAgent, boolean pending) {
        String token = Tokens.random();
        Instant now = clock.instant();
        UserSession session = new UserSession();
        session.tokenHash = Tokens.sha256(token);
        session.accountId = accountId;
        session.createdAt = now;
        session.lastSeenAt = now;
        session.authenticatedAt = now;
        session.expiresAt = now.plus(pending ? PENDING_SECOND_FACTOR : config.absoluteTimeout());
        session.ip = ip;
        session.userAgent = userAgent;
        session.pendingSecondFactor = pending;
        session.secondFactorPassed = false;
        session.persist();
        return new Created(token, session);
    }

    /** The half-signed-in session behind a cookie token, while it lasts. */
    public Optional<UserSession> resumePending(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return UserSession.findByTokenHash(Tokens.sha256(token))
                .filter(
                        session ->
                                session.pendingSecondFactor
                                        && clock.instant().isBefore(session.expiresAt));
    }

    /** Replaces a half-signed-in session by a full one, with a new token. */
    public String completeSecondFactor(UserSession pending) {
        UserSession.delete("id", pending.id);
        Created full = create(pending.accountId, pending.ip, pending.userAgent, false);
        full.session.secondFactorPassed = true;
        return full.token;
    }

    /** A live session with its account, as authentication hands it on. */
    public record ActiveSession(UserSession session, Account account) {}

    /**
     * The live session behind a cookie token, with its active account, or empty. An expired
     * session, or one whose account is no longer active, is deleted on the spot; a live one has its
     * last-seen time moved on.
     */
    public Optional<ActiveSession> resume(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            // the session and its account in one query: every signed-in
                            // request starts here
                            List<Object[]> found =
                                    UserSession.getEntityManager()
                                            .createQuery(
                                                    "select s, a from UserSession s left join Account a"
                                                            + " on a.id = s.accountId where s.tokenHash = ?1",
                                                    Object[].class)
                                            .setParameter(1, Tokens.sha256(token))
                                            .getResultList();
                            if (found.isEmpty()) {
                                return Optional.empty();
                            }
                            UserSession session = (UserSession) found.get(0)[0];
                            Instant now = clock.instant();
                            boolean idle =
                                    now.isAfter(session.lastSeenAt.plus(config.idleTimeout()));
                            if (session.pendingSecondFactor) {
                                return Optional.empty();
                            }
                            Account account = (Account) found.get(0)[1];
                            if (idle
                                    || !now.isBefore(session.expiresAt)
                                    || account == null
                                    || account.status != AccountStatus.ACTIVE) {
                                session.delete();
                                return Optional.empty();
                            }
                            if (now.isAfter(session.lastSeenAt.plus(TOUCH_INTERVAL))) {
                                session.lastSeenAt = now;
                            }
                            return Optional.of(new ActiveSession(session, account));
                        });
    }

    /** Ends the session behind a cookie token, if there is one, and returns it. */
    public Optional<UserSession> end(String token) {
        return QuarkusTransaction.requiringNew().call(() -> deleteByToken(token));
    }

    /** Ends every session of the account (a password reset: whoever else was in is out). */
    public long endAll(UUID accountId) {
        return UserSession.delete("accountId", accountId);
    }

    /** The account's signed-in sessions that have not yet expired, most recently used first. */
    public List<UserSession> live(UUID accountId) {
        Instant now = clock.instant();
        return UserSession.list(
                "accountId = ?1 and pendingSecondFactor = false and expiresAt > ?2 and lastSeenAt > ?3 "
                        + "order by lastSeenAt desc",
                accountId,
                now,
                now.minus(config.idleTimeout()));
    }

    /** Expired sessions are refused already; this removes their rows. */
    @Scheduled(
            every = "1h",
            delayed = "4m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = BatchedJob.NotScheduled.class)
    @Transactional
    void deleteExpired() {
        Instant now = clock.instant();
        UserSession.delete(
                "expiresAt <= ?1 or lastSeenAt <= ?2", now, now.minus(config.idleTimeout()));
    }

    /** Ends one session of the account; false when it has no such session. */
    public boolean endOne(UUID accountId, UUID sessionId) {
        return UserSession.delete("accountId = ?1 and id = ?2", accountId, sessionId) > 0;
    }

    /** Marks a fresh proof of identity, for the actions that need a recent one, and logs it. */
    @Transactional
    public void steppedUp(UUID sessionId, UUID accountId, String ip, String userAgent) {
        UserSession session = UserSession.findById(sessionId);
        session.authenticatedAt = clock.instant();
        activity.record(accountId, EventType.STEP_UP, ip, userAgent);
    }

    /** The user ends one of their sessions from the sessions page; false when it is not theirs. */
    @Transactional
    public boolean endOneAsked(UUID accountId, UUID sessionId, String ip, String userAgent) {
        boolean found = endOne(accountId, sessionId);
        if (found) {
            activity.record(accountId, EventType.SESSION_ENDED, ip, userAgent);
        }
        return found;
    }

    /** The user ends every session of theirs but {@code keep}, the one they are using. */
    @Transactional
    public void endOthersAsked(UUID accountId, UUID keep, String ip, String userAgent) {
        if (endAllExcept(accountId, keep) > 0) {
            activity.record(accountId, EventType.OTHER_SESSIONS_ENDED, ip, userAgent);
        }
    }

    /** Signs this browser out: ends the session behind its cookie token, if any, and logs it. */
    @Transactional
    public void signOut(String token, String ip, String userAgent) {
        deleteByToken(token)
                .ifPresent(
                        session ->
                                activity.record(
                                        session.accountId, EventType.SIGNED_OUT, ip, userAgent));
    }

    /** Deletes the session behind a cookie token, in the caller's transaction; returns it. */
    private static Optional<UserSession> deleteByToken(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Optional<UserSession> session = UserSession.findByTokenHash(Tokens.sha256(token));
        session.ifPresent(UserSession::delete);
        return session;
    }

    /** Ends every session of the account but {@code keep}, the one the user is using. */
    public long endAllExcept(UUID accountId, UUID keep) {
        return UserSession.delete("accountId = ?1 and id <> ?2", accountId, keep);
    }

    public String cookieName() {
        return cookies.cookieName();
    }

    public NewCookie cookie(String token) {
        return cookieBuilder(token).maxAge((int) config.absoluteTimeout().toSeconds()).build();
    }

    public NewCookie expiredCookie() {
        return cookieBuilder("").maxAge(0).build();
    }

    private NewCookie.Builder cookieBuilder(String value) {
        return new NewCookie.Builder(cookies.cookieName())
                .value(value)
                .path("/")
                .httpOnly(true)
                .secure(cookies.secureCookie())
                .sameSite(NewCookie.SameSite.LAX);
    }
}
