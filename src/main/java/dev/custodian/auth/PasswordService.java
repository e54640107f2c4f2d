package dev.custodian.auth;

import dev.custodian.account.Account;
import dev.custodian.account.AccountStatus;
import dev.custodian.account.OneTimeToken;
import dev.custodian.account.PasswordHasher;
import dev.custodian.account.PasswordWasReset;
import dev.custodian.account.TokenPurpose;
import dev.custodian.activity.ActivityLog;
import dev.custodian.activity.EventType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Resetting a forgotten password, changing a known one and removing it; each ends in a notice to
 * the owner.
 */
@Singleton
public class PasswordService {

    private final PasswordHasher hasher;
    private final SessionService sessions;
    private final LoginService logins;
    private final AuthMails mails;
    private final ActivityLog activity;
    private final Clock clock;
    private final Event<PasswordWasReset> passwordWasReset;
    private final SignInMethods signInMethods;

    PasswordService(
            PasswordHasher hasher,
            SessionService sessions,
            LoginService logins,
            AuthMails mails,
            ActivityLog activity,
            Clock clock,
            Event<PasswordWasReset> passwordWasReset,
            SignInMethods signInMethods) {
        this.passwordWasReset = passwordWasReset;
        this.signInMethods = signInMethods;
        this.hasher = hasher;
        this.sessions = sessions;
        this.logins = logins;
        this.mails = mails;
        this.activity = activity;
        this.clock = clock;
    }

    /** Mails a reset link if an active account has this address; says nothing either way. */
    @Transactional
    public void requestReset(String email, String ip, String userAgent) {
        Account.findActiveByEmail(email)
                .ifPresent(
                        account -> {
                            Instant now = clock.instant();
                            OneTimeToken.revokeAll(account.id, TokenPurpose.RESET_PASSWORD, now);
                            mails.resetPassword(
                                    account,
                                    OneTimeToken.issue(
                                            account.id, TokenPurpose.RESET_PASSWORD, now));
                            activity.record(
                                    account.id, EventType.PASSWORD_RESET_REQUESTED, ip, userAgent);
                        });
    }

    /** The account a usable reset link belongs to, for the page that asks for the new password. */
    @Transactional
    public Optional<Account> accountForReset(String token) {
        return OneTimeToken.findUsable(token, TokenPurpose.RESET_PASSWORD, clock.instant())
                .map(found -> Account.<Account>findById(found.accountId))
                .filter(account -> account.status == AccountStatus.ACTIVE);
    }

    /**
     * Sets the new password (already checked against the policy) if the link is still usable, ends
     * every session, lifts a lock from failed sign-ins and tells the owner. False when the link was
     * used, expired or unknown meanwhile.
     */
    @Transactional
    public boolean reset(String token, String newPasswordHash, String ip, String userAgent) {
        Instant now = clock.instant();
        Optional<OneTimeToken> usable =
                OneTimeToken.findUsable(token, TokenPurpose.RESET_PASSWORD, now);
        if (usable.isEmpty()) {
            return false;
        }
        usable.get().usedAt = now;
        Account account = Account.findById(usable.get().accountId);
        account.passwordHash = newPasswordHash;
        account.passwordResetRequired = false;
        // Whoever could read the reset mail controls the address: it is verified now.
        if (account.emailVerifiedAt == null) {
            account.emailVerifiedAt = now;
        }
        sessions.endAll(account.id);
        logins.forgetFailures(account.email);
        passwordWasReset.fire(new PasswordWasReset(account.id));
        activity.record(account.id, EventType.PASSWORD_RESET, ip, userAgent);
        mails.passwordReset(account, now);
        return true;
    }

    /** What removing the password came to. */
    public enum Removed {
        REMOVED,
        /** The account has no password (another request removed it meanwhile). */
        NO_PASSWORD,
        /** The password is the account's only way in. */
        LAST_WAY_IN
    }

    /**
     * Removes the account's password when it has another way in (a passkey, a provider), and tells
     * the owner; with the account's row locked, so that a passkey removed at the same moment cannot
     * leave it none.
     */
    @Transactional
    public Removed remove(UUID accountId, String ip, String userAgent) {
        Account account = Account.findById(accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account.passwordHash == null) {
            return Removed.NO_PASSWORD;
        }
        if (!signInMethods.hasWayBesidesThePassword(account)) {
            return Removed.LAST_WAY_IN;
        }
        account.passwordHash = null;
        activity.record(accountId, EventType.PASSWORD_REMOVED, ip, userAgent);
        mails.passwordRemoved(account, clock.instant());
        return Removed.REMOVED;
    }

    /** Changes the password of a signed-in user, optionally ending their other sessions. */
    @Transactional
    public void change(
            UUID accountId,
            UUID currentSession,
            String newPasswordHash,
            boolean endOtherSessions,
            String ip,
            String userAgent) {
        Instant now = clock.instant();
        Account account = Account.findById(accountId);
        account.passwordHash = newPasswordHash;
        activity.record(accountId, EventType.PASSWORD_CHANGED, ip, userAgent);
        if (endOtherSessions && sessions.endAllExcept(accountId, currentSession) > 0) {
            activity.record(accountId, EventType.OTHER_SESSIONS_ENDED, ip, userAgent);
        }
        mails.passwordChanged(account, now);
    }
}
