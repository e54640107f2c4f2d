package dev.custodian.signup;

import dev.custodian.account.Account;
import dev.custodian.account.AccountStatus;
import dev.custodian.account.OneTimeToken;
import dev.custodian.account.PasswordHasher;
import dev.custodian.account.TokenPurpose;
import dev.custodian.activity.ActivityLog;
import dev.custodian.activity.EventType;
import dev.custodian.communication.Category;
import dev.custodian.communication.ConsentEvent;
import dev.custodian.communication.MarketingCategories;
import dev.custodian.communication.Preferences;
import dev.custodian.privacy.PolicyAcceptance;
import dev.custodian.privacy.PolicyVersion;
import dev.custodian.webhook.Events;
import dev.custodian.webhook.WebhookType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.exception.ConstraintViolationException;

/** Creates accounts. A taken email costs the same work and leaves no trace the visitor can see. */
@Singleton
public class SignupService {

    private final PasswordHasher hasher;
    private final SignupMails mails;
    private final ActivityLog activity;
    private final Preferences preferences;
    private final MarketingCategories categories;
    private final Clock clock;
    private final Events events;

    SignupService(
            PasswordHasher hasher,
            SignupMails mails,
            ActivityLog activity,
            Preferences preferences,
            MarketingCategories categories,
            Clock clock,
            Events events) {
        this.events = events;
        this.preferences = preferences;
        this.categories = categories;
        this.hasher = hasher;
        this.mails = mails;
        this.activity = activity;
        this.clock = clock;
    }

    /** Creates the account unless the email is taken; the caller shows the same page either way. */
    public void signUp(SignupForm form, String locale, String ip, String userAgent) {
        // Hash first, always: a taken email must take as long to answer as a new one.
        String passwordHash = hasher.hash(form.password);
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> createUnlessTaken(form, passwordHash, locale, ip, userAgent));
        } catch (RuntimeException e) {
            if (!causedByUniqueEmail(e)) {
                throw e;
            }
            // Two sign-ups with one email at the same moment: the other one won, as if taken.
        }
    }

    private void createUnlessTaken(
            SignupForm form, String passwordHash, String locale, String ip, String userAgent) {
        Optional<Account> taken = Account.findByEmail(form.email);
        if (taken.isPresent()) {
            // The visitor sees the usual page; the owner learns of it by mail, with ways in.
            if (taken.get().status == AccountStatus.ACTIVE) {
                mails.alreadyRegistered(taken.get());
            }
            return;
        }
        Instant now = clock.instant();
        Account account = new Account();
        account.email = form.email;
        account.emailNormalized = Account.normalizeEmail(form.email);
        account.passwordHash = passwordHash;
        account.status = AccountStatus.ACTIVE;
        account.firstName = form.firstName;
        account.lastName = form.lastName;
        account.country = form.country;
        account.locale = locale;
        account.roles = "";
        account.adultAttestedAt = now;
        account.createdAt = now;
        account.persistAndFlush();
        PolicyAcceptance.of(account.id, PolicyVersion.current(now), now, ip).persist();
        activity.record(account.id, EventType.SIGNED_UP, ip, userAgent);
        // The address is not in it: until it is verified, it may not even be the user's.
        events.publish(WebhookType.ACCOUNT_CREATED, account.id, Map.of());
        Set<Category> optedIn = categories.chosen(form.marketing);
        if (!optedIn.isEmpty()) {
            preferences.set(account.id, optedIn, ConsentEvent.Source.SIGNUP, ip);
        }
        mails.verifyEmail(account, OneTimeToken.issue(account.id, TokenPurpose.VERIFY_EMAIL, now));
    }

    private static boolean causedByUniqueEmail(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
        }
        return false;
    }
}
