package dev.custodian.oidc;

import dev.custodian.account.Account;
import dev.custodian.account.AccountStatus;
import dev.custodian.account.OneTimeToken;
import dev.custodian.account.TokenPurpose;
import dev.custodian.activity.ActivityLog;
import dev.custodian.activity.EventType;
import dev.custodian.auth.SessionService;
import dev.custodian.auth.SignInMethods;
import dev.custodian.communication.Category;
import dev.custodian.communication.ConsentEvent;
import dev.custodian.communication.Preferences;
import dev.custodian.privacy.PolicyAcceptance;
import dev.custodian.privacy.PolicyVersion;
import dev.custodian.signup.SignupMails;
import dev.custodian.twofactor.TotpCredential;
import dev.custodian.webhook.Events;
import dev.custodian.webhook.WebhookType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Signing in, linking, signing up and unlinking with the provider's identities. */
@Singleton
class OidcService {

    /** What a verified callback leads to. */
    sealed interface Outcome {}

    record SignedIn(String sessionToken, UUID accountId) implements Outcome {}

    record SecondFactorRequired(String pendingToken) implements Outcome {}

    /** Not linked, and the provider's verified email is an account's: its password must link it. */
    record LinkByPassword() implements Outcome {}

    record SignUp() implements Outcome {}

    /** Linked to an account that is closed or erased. */
    record Refused() implements Outcome {}

    enum LinkResult {
        LINKED,
        ALREADY_LINKED_HERE,
        LINKED_TO_ANOTHER_ACCOUNT
    }

    enum UnlinkResult {
        UNLINKED,
        NOT_FOUND,
        LAST_WAY_IN
    }

    private final SessionService sessions;
    private final ActivityLog activity;
    private final OidcMails mails;
    private final SignupMails accountMails;
    private final Preferences preferences;
    private final Clock clock;
    private final Events events;
    private final SignInMethods signInMethods;

    OidcService(
            SessionService sessions,
            ActivityLog activity,
            OidcMails mails,
            SignupMails accountMails,
            Preferences preferences,
            Clock clock,
            Events events,
            SignInMethods signInMethods) {
        this.events = events;
        this.signInMethods = signInMethods;
        this.sessions = sessions;
        this.activity = activity;
        this.mails = mails;
        this.accountMails = accountMails;
        this.preferences = preferences;
        this.clock = clock;
    }

    Outcome signIn(Claims claims, String ip, String userAgent) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            var linked = OidcIdentity.find(claims.issuer(), claims.subject());
                            if (linked.isPresent()) {
                                Account account = Account.findById(linked.get().accountId);
                                if (account.status != AccountStatus.ACTIVE) {
                                    return new Refused();
                                }
                                linked.get().lastUsedAt = clock.instant();
                                if (TotpCredential.isEnrolled(account.id)) {
                                    return new SecondFactorRequired(
                                            sessions.startPending(account.id, ip, userAgent));
                                }
                                activity.record(
                                        account.id, EventType.SIGNED_IN, ip, userAgent, "oidc");
                                return new SignedIn(
                                        sessions.start(account.id, ip, userAgent), account.id);
                            }
                            // Never link on an email alone: whoever controls the provider account
                            // would get the
                            // Custodian account. A verified address only says whose password is
                            // needed.
                            if (claims.emailVerified()
                                    && claims.email() != null
                                    && Account.findByEmail(claims.email()).isPresent()) {
                                return new LinkByPassword();
                            }
                            return new SignUp();
                        });
    }

    /** Links the identity to the account, unless it is linked already. */
    LinkResult link(
            UUID accountId,
            String issuer,
            String subject,
            String email,
            String ip,
            String userAgent) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            var existing = OidcIdentity.find(issuer, subject);
                            if (existing.isPresent()) {
                                return existing.get().accountId.equals(accountId)
                                        ? LinkResult.ALREADY_LINKED_HERE
                                        : LinkResult.LINKED_TO_ANOTHER_ACCOUNT;
                            }
                            Account account = Account.findById(accountId);
                            persist(account, issuer, subject, email);
                            activity.record(
                                    accountId, EventType.IDENTITY_LINKED, ip, userAgent, issuer);
                            mails.linked(account, email);
                            return LinkResult.LINKED;
                        });
    }

    /** Refused when the account would keep no way to sign in: no password, identity or passkey. */
    UnlinkResult unlink(UUID accountId, UUID identityId, String ip, String userAgent) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            Account account =
                                    Account.findById(accountId, LockModeType.PESSIMISTIC_WRITE);
                            OidcIdentity identity = OidcIdentity.findById(identityId);
                            if (identity == null || !identity.accountId.equals(accountId)) {
                                return UnlinkResult.NOT_FOUND;
                            }
                            if (signInMethods.isLastWayIn(account)) {
                                return UnlinkResult.LAST_WAY_IN;
                            }
                            identity.delete();
                            activity.record(
                                    accountId,
                                    EventType.IDENTITY_UNLINKED,
                                    ip,
                                    userAgent,
                                    identity.issuer);
                            mails.unlinked(account, identity.email);
                            return UnlinkResult.UNLINKED;
                        });
    }

    /**
     * What a short sign-up asked for, checked; {@code marketing}: the categories the user opted in
     * to.
     */
    record NewAccount(
            String firstName,
            String lastName,
            String email,
            String country,
            String locale,
            Set<Category> marketing) {}

    /**
     * Creates the account with the identity linked, and signs it in. An address the provider
     * verified is taken as verified; any other must be confirmed by mail like a normal sign-up, and
     * one that is taken gets the normal sign-up's answer (a mail to its owner), nothing else.
     * Returns the new session's token and account, or null when the address was taken.
     */
    SignedIn signUp(PendingIdentity pending, NewAccount details, String ip, String userAgent) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            if (OidcIdentity.find(pending.issuer(), pending.subject())
                                    .isPresent()) {
                                return null;
                            }
                            var taken = Account.findByEmail(details.email());
                            if (taken.isPresent()) {
                                if (taken.get().status == AccountStatus.ACTIVE) {
                                    accountMails.alreadyRegistered(taken.get());
                                }
                                return null;
                            }
                            Instant now = clock.instant();
                            boolean verified =
                                    pending.emailVerified()
                                            && details.email().equalsIgnoreCase(pending.email());
                            Account account = new Account();
                            account.email = details.email();
                            account.emailNormalized = Account.normalizeEmail(details.email());
                            account.emailVerifiedAt = verified ? now : null;
                            account.status = AccountStatus.ACTIVE;
                            account.firstName = details.firstName();
                            account.lastName = details.lastName();
                            account.country = details.country();
                            account.locale = details.locale();
                            account.roles = "";
                            account.adultAttestedAt = now;
                            account.createdAt = now;
                            account.persistAndFlush();
                            PolicyAcceptance.of(account.id, PolicyVersion.current(now), now, ip)
                                    .persist();
                            activity.record(account.id, EventType.SIGNED_UP, ip, userAgent, "oidc");
                            events.publish(WebhookType.ACCOUNT_CREATED, account.id, Map.of());
                            if (verified) {
                                events.publish(
                                        WebhookType.ACCOUNT_VERIFIED,
                                        account.id,
                                        Map.of("email", account.email));
                            }
                            persist(account, pending.issuer(), pending.subject(), pending.email());
                            if (!details.marketing().isEmpty()) {
                                preferences.set(
                                        account.id,
                                        details.marketing(),
                                        ConsentEvent.Source.SIGNUP,
                                        ip);
                            }
                            if (!verified) {
                                accountMails.verifyEmail(
                                        account,
                                        OneTimeToken.issue(
                                                account.id, TokenPurpose.VERIFY_EMAIL, now));
                            }
                            return new SignedIn(
                                    sessions.start(account.id, ip, userAgent), account.id);
                        });
    }

    private void persist(Account account, String issuer, String subject, String email) {
        OidcIdentity identity = new OidcIdentity();
        identity.accountId = account.id;
        identity.issuer = issuer;
        identity.subject = subject;
        identity.email = email;
        identity.linkedAt = clock.instant();
        identity.persist();
    }
}
