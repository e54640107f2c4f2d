package dev.custodian.auth;

import dev.custodian.account.Account;
import dev.custodian.account.AccountMails;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * The mails about signing in and the password: reset links, changes, a blocked second step, a new
 * browser.
 */
@Singleton
public class AuthMails {

    @CheckedTemplate(basePath = "auth/AuthMails")
    static class Templates {
        static native TemplateInstance resetPassword(String firstName, String link);

        static native TemplateInstance passwordChanged(
                String firstName, String when, String resetLink);

        static native TemplateInstance passwordRemoved(
                String firstName, String when, String resetLink);

        static native TemplateInstance passwordReset(
                String firstName, String when, String resetLink);

        static native TemplateInstance secondFactorBlocked(
                String firstName, String when, String ip, String resetLink);

        static native TemplateInstance newDevice(
                String firstName, String when, String device, String ip, String securityLink);
    }

    private final AccountMails mails;

    AuthMails(AccountMails mails) {
        this.mails = mails;
    }

    void resetPassword(Account account, String token) {
        String link = mails.link("/password/reset?token=", token);
        mails.send(
                account,
                texts(account).mail_reset_subject(),
                () -> Templates.resetPassword(account.firstName, link));
    }

    void passwordChanged(Account account, Instant when) {
        passwordNotice(
                account,
                texts(account).mail_password_changed_subject(),
                when,
                Templates::passwordChanged);
    }

    void passwordRemoved(Account account, Instant when) {
        passwordNotice(
                account,
                texts(account).mail_password_removed_subject(),
                when,
                Templates::passwordRemoved);
    }

    void passwordReset(Account account, Instant when) {
        passwordNotice(
                account,
                texts(account).mail_password_reset_subject(),
                when,
                Templates::passwordReset);
    }

    /** A mail that tells of a change to the password at {@code when}, with the link to reset it. */
    private interface PasswordNotice {
        TemplateInstance of(String firstName, String when, String resetLink);
    }

    private void passwordNotice(
            Account account, String subject, Instant when, PasswordNotice notice) {
        mails.send(
                account,
                subject,
                () ->
                        notice.of(
                                account.firstName,
                                AccountMails.format(when, account),
                                mails.url("/password/forgot")));
    }

    /** A sign-in stopped after too many wrong codes: the password is known to someone. */
    void secondFactorBlocked(Account account, Instant when, String ip) {
        mails.send(
                account,
                texts(account).mail_second_factor_blocked_subject(),
                () ->
                        Templates.secondFactorBlocked(
                                account.firstName,
                                AccountMails.format(when, account),
                                ip == null ? "?" : ip,
                                mails.url("/password/forgot")));
    }

    /** A sign-in from a browser this account has not used before. */
    void newDevice(Account account, Instant when, String device, String ip) {
        mails.send(
                account,
                texts(account).mail_new_device_subject(),
                () ->
                        Templates.newDevice(
                                account.firstName,
                                AccountMails.format(when, account),
                                device == null ? "?" : device,
                                ip == null ? "?" : ip,
                                mails.url("/account/security")));
    }

    private static AuthMessages texts(Account account) {
        return AccountMails.texts(AuthMessages.class, account);
    }
}
