package dev.custodian.profile;

import dev.custodian.account.Account;
import dev.custodian.account.OneTimeToken;
import dev.custodian.account.TokenPurpose;
import dev.custodian.activity.ActivityLog;
import dev.custodian.activity.EventType;
import dev.custodian.auth.SessionService;
import dev.custodian.webhook.Events;
import dev.custodian.webhook.WebhookType;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Changing the sign-in email: the new address must confirm through a link sent to it, and until
 * then the old one stays in force. Once changed, the old address is told and, for 7 days, can put
 * itself back and end every session ("this wasn't me").
 */
@Singleton
public class EmailChangeService {

    /** What following an email-change link came to. */
    public enum Outcome {
        DONE,
        INVALID,
        OTHER_ACCOUNT,
        ADDRESS_TAKEN
    }

    private final EmailChangeMails mails;
    private final ActivityLog activity;
    private final SessionService sessions;
    private final Clock clock;
    private final Events events;

    EmailChangeService(
            EmailChangeMails mails,
            ActivityLog activity,
            SessionService sessions,
            Clock clock,
            Events events) {
        this.events = events;
        this.mails = mails;
        this.activity = activity;
        this.clock = clock;
        this.sessions = sessions;
    }

    /**
     * Sends a confirmation link to {@code newEmail}. When the address belongs to another account
     * nothing is sent, yet the change is recorded as waiting just the same (its link reaches no
     * one), so that neither the answer nor the page after it tells which addresses are registered.
     */
    @Transactional
    public void request(UUID accountId, String newEmail, String ip, String userAgent) {
        Instant now = clock.instant();
        Account account = Account.findById(accountId);
        OneTimeToken.revokeAll(accountId, TokenPurpose.CHANGE_EMAIL, now);
        activity.record(accountId, EventType.EMAIL_CHANGE_REQUESTED, ip, userAgent);
        String token = OneTimeToken.issue(accountId, TokenPurpose.CHANGE_EMAIL, now, newEmail);
        if (Account.findByEmail(newEmail).isEmpty()) {
            mails.confirmNewEmail(account, newEmail, token);
        }
    }

    /** The address waiting for confirmation, if a link is out. */
    @Transactional
    public Optional<String> pending(UUID accountId) {
        return OneTimeToken.<OneTimeToken>find(
                        "accountId = ?1 and purpose = ?2 and usedAt is null and expiresAt > ?3",
                        accountId,
                        TokenPurpose.CHANGE_EMAIL,
                        clock.instant())
                .firstResultOptional()
                .map(t -> t.payload);
    }

    @Transactional
    public boolean isUsable(String token, TokenPurpose purpose) {
        return OneTimeToken.findUsable(token, purpose, clock.instant()).isPresent();
    }

    /** Makes the confirmed new address the account's, and gives the old one a way back. */
    @Transactional
    public Outcome confirm(String token, Optional<UUID> signedIn, String ip, String userAgent) {
        Instant now = clock.instant();
        Optional<OneTimeToken> usable =
                OneTimeToken.findUsable(token, TokenPurpose.CHANGE_EMAIL, now);
        if (usable.isEmpty()) {
            return Outcome.INVALID;
        }
        OneTimeToken found = usable.get();
        if (signedIn.isPresent() && !signedIn.get().equals(found.accountId)) {
            return Outcome.OTHER_ACCOUNT;
        }
        if (Account.findByEmail(found.payload).isPresent()) {
            return Outcome.ADDRESS_TAKEN;
        }
        found.usedAt = now;
        Account account = Account.findById(found.accountId);
        String oldEmail = account.email;
        account.email = found.payload;
        account.emailNormalized = Account.normalizeEmail(found.payload);
        account.emailVerifiedAt = now;
        OneTimeToken.revokeAll(account.id, TokenPurpose.REVERT_EMAIL, now);
        String revert = OneTimeToken.issue(account.id, TokenPurpose.REVERT_EMAIL, now, oldEmail);
        activity.record(account.id, EventType.EMAIL_CHANGED, ip, userAgent);
        // The new address itself: recipients holding the old one must correct it (GDPR art. 19).
        events.publish(
                WebhookType.ACCOUNT_EMAIL_CHANGED, account.id, Map.of("email", account.email));
        mails.emailChanged(account, oldEmail, revert);
        return Outcome.DONE;
    }

    /** Puts the old address back and ends every session: whoever changed it is out. */
    @Transactional
    public Outcome revert(String token, String ip, String userAgent) {
        Instant now = clock.instant();
        Optional<OneTimeToken> usable =
                OneTimeToken.findUsable(token, TokenPurpose.REVERT_EMAIL, now);
        if (usable.isEmpty()) {
            return Outcome.INVALID;
        }
        OneTimeToken found = usable.get();
        Account account = Account.findById(found.accountId);
        Optional<Account> holder = Account.findByEmail(found.payload);
        if (holder.isPresent() && !holder.get().id.equals(account.id)) {
            return Outcome.ADDRESS_TAKEN;
        }
        found.usedAt = now;
        account.email = found.payload;
        account.emailNormalized = Account.normalizeEmail(found.payload);
        OneTimeToken.revokeAll(account.id, TokenPurpose.CHANGE_EMAIL, now);
        sessions.endAll(account.id);
        activity.record(account.id, EventType.EMAIL_CHANGE_REVERTED, ip, userAgent);
        events.publish(
                WebhookType.ACCOUNT_EMAIL_CHANGED, account.id, Map.of("email", account.email));
        return Outcome.DONE;
    }
}
