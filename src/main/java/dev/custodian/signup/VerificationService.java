package dev.custodian.signup;

import dev.custodian.account.Account;
import dev.custodian.account.OneTimeToken;
import dev.custodian.account.TokenPurpose;
import dev.custodian.activity.ActivityLog;
import dev.custodian.activity.EventType;
import dev.custodian.webhook.Events;
import dev.custodian.webhook.WebhookType;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Confirms that an account's owner receives mail at its address. */
@Singleton
public class VerificationService {

    /** What following a verification link came to. */
    public enum Outcome {
        VERIFIED,
        INVALID,
        OTHER_ACCOUNT
    }

    private final SignupMails mails;
    private final ActivityLog activity;
    private final Clock clock;
    private final Events events;

    VerificationService(SignupMails mails, ActivityLog activity, Clock clock, Events events) {
        this.events = events;
        this.mails = mails;
        this.activity = activity;
        this.clock = clock;
    }

    /** Whether the link is one that would verify an address, for the page that asks to confirm. */
    @Transactional
    public boolean isUsable(String token) {
        return OneTimeToken.findUsable(token, TokenPurpose.VERIFY_EMAIL, clock.instant())
                .isPresent();
    }

    /**
     * Verifies the address of the token's account. A signed-in user cannot use another account's
     * link: it changes nothing and they are told so.
     */
    @Transactional
    public Outcome verify(
            String token, Optional<UUID> signedInAccount, String ip, String userAgent) {
        Instant now = clock.instant();
        Optional<OneTimeToken> usable =
                OneTimeToken.findUsable(token, TokenPurpose.VERIFY_EMAIL, now);
        if (usable.isEmpty()) {
            return Outcome.INVALID;
        }
        OneTimeToken found = usable.get();
        if (signedInAccount.isPresent() && !signedInAccount.get().equals(found.accountId)) {
            return Outcome.OTHER_ACCOUNT;
        }
        found.usedAt = now;
        Account account = Account.findById(found.accountId);
        if (account.emailVerifiedAt == null) {
            account.emailVerifiedAt = now;
            activity.record(account.id, EventType.EMAIL_VERIFIED, ip, userAgent);
            events.publish(
                    WebhookType.ACCOUNT_VERIFIED, account.id, Map.of("email", account.email));
        }
        return Outcome.VERIFIED;
    }

    /** A fresh link for an unverified account; earlier links stop working. */
    @Transactional
    public void resend(UUID accountId, String ip, String userAgent) {
        Account account = Account.findById(accountId);
        if (account == null || account.emailVerifiedAt != null) {
            return;
        }
        Instant now = clock.instant();
        OneTimeToken.revokeAll(accountId, TokenPurpose.VERIFY_EMAIL, now);
        mails.verifyEmail(account, OneTimeToken.issue(accountId, TokenPurpose.VERIFY_EMAIL, now));
        activity.record(accountId, EventType.VERIFICATION_SENT, ip, userAgent);
    }
}
