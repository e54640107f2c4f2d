package dev.custodian.account;

import dev.custodian.privacy.PolicyAcceptance;
import dev.custodian.privacy.PolicyVersion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import org.hibernate.exception.ConstraintViolationException;

/** Creates accounts. A taken email costs the same work and leaves no trace the visitor can see. */
@Singleton
public class SignupService {

    private final PasswordHasher hasher;
    private final Clock clock;

    SignupService(PasswordHasher hasher, Clock clock) {
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Creates the account unless the email is taken; the caller shows the same page either way. */
    public void signUp(SignupForm form, String locale, String ip) {
        // Hash first, always: a taken email must take as long to answer as a new one.
        String passwordHash = hasher.hash(form.password);
        try {
            QuarkusTransaction.requiringNew().run(() -> createUnlessTaken(form, passwordHash, locale, ip));
        } catch (RuntimeException e) {
            if (!causedByUniqueEmail(e)) {
                throw e;
            }
            // Two sign-ups with one email at the same moment: the other one won, as if taken.
        }
    }

    private void createUnlessTaken(SignupForm form, String passwordHash, String locale, String ip) {
        if (Account.findByEmail(form.email).isPresent()) {
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
