package dev.custodian.auth;

import dev.custodian.account.Account;
import dev.custodian.activity.ActivityLog;
import dev.custodian.activity.EventType;
import dev.custodian.web.SignedIn;
import dev.custodian.web.TooManyRequestsException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * The second step of signing in, for accounts with an authenticator app: a code from the app or a
 * recovery code completes the pending sign-in that a right password started. Each pending sign-in
 * allows {@link #MAX_WRONG_CODES} wrong codes; every code also takes a try from the account's
 * bucket ({@link LoginService#takeCodeTry}) and counts towards the authenticator's cap of wrong
 * codes in a row ({@link SecondFactor#verify}).
 */
@Singleton
public class SecondFactorService {

    static final int MAX_WRONG_CODES = 5;

    /** What a code came to. */
    public sealed interface Outcome {}

    /**
     * No pending sign-in behind the cookie: there was none, or it expired, was completed or was
     * stopped meanwhile.
     */
    public record NoPendingSignIn() implements Outcome {}

    /** Nothing was typed: nothing was guessed, so no attempt is counted. */
    public record CodeMissing() implements Outcome {}

    /** The code was right: the pending session is replaced by a full one, with a new token. */
    public record SignedIn(String sessionToken, UUID accountId) implements Outcome {}

    public record WrongCode() implements Outcome {}

    /** The last wrong code allowed: the pending sign-in is deleted and the owner told. */
    public record Blocked() implements Outcome {}

    private final SessionService sessions;
    private final SecondFactor twoFactor;
    private final LoginService logins;
    private final ActivityLog activity;
    private final AuthMails mails;
    private final Clock clock;
    private final PasskeyProof passkeys;

    SecondFactorService(
            SessionService sessions,
            SecondFactor twoFactor,
            LoginService logins,
            ActivityLog activity,
            AuthMails mails,
            Clock clock,
            PasskeyProof passkeys) {
        this.passkeys = passkeys;
        this.sessions = sessions;
        this.twoFactor = twoFactor;
        this.logins = logins;
        this.activity = activity;
        this.mails = mails;
        this.clock = clock;
    }

    /** The pending sign-in behind the cookie token, while it waits for its second factor. */
    public Optional<UserSession> pending(String pendingToken) {
        return QuarkusTransaction.requiringNew().call(() -> sessions.resumePending(pendingToken));
    }

    /** Whether the pending sign-in's account could answer with a passkey instead of a code. */
    public boolean passkeyPossible(UserSession pending) {
        return QuarkusTransaction.requiringNew().call(() -> passkeys.has(pending.accountId));
    }

    /**
     * Completes the pending sign-in with one of the account's passkeys (user-verified) instead of a
     * code, over a challenge bound to the pending sign-in; a wrong answer counts like a wrong code.
     */
    public Outcome verifyPasskey(
            String pendingToken, String assertion, String ip, String userAgent) {
        Optional<UserSession> pending = pending(pendingToken);
        if (pending.isEmpty()) {
            return new NoPendingSignIn();
        }
        if (assertion == null || assertion.isBlank()) {
            return new CodeMissing();
        }
        UUID accountId = pending.get().accountId;
        UUID sessionId = pending.get().id;
        logins.takeCodeTry(accountId);
        // its own transaction: the challenge is spent whatever comes next
        boolean right = passkeys.verify(accountId, sessionId, assertion);
        return QuarkusTransaction.requiringNew()
                .call(() -> attempt(sessionId, accountId, () -> right, ip, userAgent));
    }

    /**
     * Checks one code for the pending sign-in behind the cookie token. The account's bucket is
     * drawn on between two transactions, since the rate limiter commits on its own connection.
     *
     * @throws TooManyRequestsException when the account's bucket of codes is empty
     */
    public Outcome verify(String pendingToken, String code, String ip, String userAgent) {
        Optional<UserSession> pending =
                QuarkusTransaction.requiringNew().call(() -> sessions.resumePending(pendingToken));
        if (pending.isEmpty()) {
            return new NoPendingSignIn();
        }
        if (code == null || code.isBlank()) {
            return new CodeMissing();
        }
        UUID accountId = pending.get().accountId;
        UUID sessionId = pending.get().id;
        // beyond the five per sign-in
        logins.takeCodeTry(accountId);
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                attempt(
                                        sessionId,
                                        accountId,
                                        () -> twoFactor.verify(accountId, code, ip, userAgent),
                                        ip,
                                        userAgent));
    }

    /**
     * One attempt, in the caller's transaction: it is counted first, under the session row's lock,
     * so that parallel guesses queue and none gets past the fifth; then the code is checked and the
     * sign-in completed, or the session dropped at the fifth wrong code.
     */
    private Outcome attempt(
            UUID sessionId, UUID accountId, BooleanSupplier right, String ip, String userAgent) {
        int claimed =
                UserSession.update(
                        "secondFactorFailures = secondFactorFailures + 1 where id = ?1 "
                                + "and pendingSecondFactor = true and expiresAt > ?2 and secondFactorFailures < ?3",
                        sessionId,
                        clock.instant(),
                        MAX_WRONG_CODES);
        if (claimed != 1) {
            return new NoPendingSignIn();
        }
        UserSession session = UserSession.findById(sessionId);
        if (right.getAsBoolean()) {
            logins.recordSignIn(Account.findById(accountId), ip, userAgent);
            return new SignedIn(sessions.completeSecondFactor(session), accountId);
        }
        if (session.secondFactorFailures < MAX_WRONG_CODES) {
            return new WrongCode();
        }
        session.delete();
        Account account = Account.findById(accountId);
        activity.record(accountId, EventType.SECOND_FACTOR_BLOCKED, ip, userAgent);
        mails.secondFactorBlocked(account, clock.instant(), ip);
        return new Blocked();
    }
}
