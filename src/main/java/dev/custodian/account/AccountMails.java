package dev.custodian.account;

import dev.custodian.mail.Outbox;
import dev.custodian.web.BaseUrl;
import dev.custodian.web.Messages;
import dev.custodian.web.RequestLocale;
import dev.custodian.web.WebConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The account's service messages: about its address and its security. They are not marketing and
 * cannot be unsubscribed; each says so in its footer. Written to the outbox in the caller's
 * transaction.
 */
@Singleton
public class AccountMails {

    @CheckedTemplate(basePath = "account/AccountMails")
    static class Templates {
        static native TemplateInstance verifyEmail(String firstName, String link);

        static native TemplateInstance alreadyRegistered(
                String firstName, String signInLink, String resetLink);

        static native TemplateInstance resetPassword(String firstName, String link);

        static native TemplateInstance accountLocked(String firstName, String link);

        static native TemplateInstance passwordChanged(
                String firstName, String when, String resetLink);

        static native TemplateInstance passwordReset(
                String firstName, String when, String resetLink);

        static native TemplateInstance twoFactorChanged(
                String firstName, boolean enabled, String securityLink);

        static native TemplateInstance authenticatorCodesRefused(
                String firstName, String resetLink);

        static native TemplateInstance secondFactorBlocked(
                String firstName, String when, String ip, String resetLink);

        static native TemplateInstance confirmNewEmail(
                String firstName, String newEmail, String link);

        static native TemplateInstance emailChanged(
                String firstName, String newEmail, String revertLink);

        static native TemplateInstance newDevice(
                String firstName, String when, String device, String ip, String securityLink);
    }

    private final Outbox outbox;
    private final String baseUrl;

    AccountMails(Outbox outbox, WebConfig web) {
        this.outbox = outbox;
        this.baseUrl = BaseUrl.of(web.baseUrl());
    }

    public void verifyEmail(Account account, String token) {
        String link = link("/verify-email?token=", token);
        outbox.enqueue(
                account.id,
                account.email,
                localeOf(account),
                msg(account).mail_verify_subject(),
                () -> Templates.verifyEmail(account.firstName, link));
    }

    public void alreadyRegistered(Account account) {
        outbox.enqueue(
                account.id,
                account.email,
                localeOf(account),
                msg(account).mail_already_registered_subject(),
                () ->
                        Templates.alreadyRegistered(
                                account.firstName,
                                baseUrl + "/login",
                                baseUrl + "/password/forgot"));
    }

    public void resetPassword(Account account, String token) {
        String link = link("/password/reset?token=", token);
        outbox.enqueue(
                account.id,
                account.email,
                localeOf(account),
                msg(account).mail_reset_subject(),
                () -> Templates.resetPassword(account.firstName, link));
    }

    public void accountLocked(Account account, String token) {
        String link = link("/password/reset?token=", token);
        outbox.enqueue(
                account.id,
                account.email,
                localeOf(account),
                msg(account).mail_locked_subject(),
                () -> Templates.accountLocked(account.firstName, link));
    }

    public void passwordChanged(Account account, Instant when) {
        outbox.enqueue(
                account.id,
                account.email,
                localeOf(account),
                msg(account).mail_password_changed_subject(),
                () ->
                        Templates.passwordChanged(
                                account.firstName,
                                format(when, account),
                                baseUrl + "/password/forgot"));
    }

    public void passwordReset(Account account, Instant when) {
        outbox.enqueue(
                account.id,
                account.email,
                localeOf(account),
                msg(account).mail_password_reset_subject(),
                () ->
                        Templates.passwordReset(
                                account.firstName,
                                format(when, account),
                                baseUrl + "/password/forgot"));
    }

    public void twoFactorEnabled(Account account) {
        outbox.enqueue(
                account.id,
                account.email,
                localeOf(account),
                msg(account).mail_two_factor_on_subject(),
                () ->
                        Templates.twoFactorChanged(
                                account.firstName, true, baseUrl + "/account/security"));
    }

    public void twoFactorDisabled(Account account) {
        outbox.enqueue(
                account.id,
                account.email,
                localeOf(account),
                msg(account).mail_two_factor_off_subject(),
                () ->
                        Templates.twoFactorChanged(
                                account.firstName, false, baseUrl + "/account/security"));
    }

    /** A sign-in stopped after too many wrong codes: the password is known to someone. */
    public void secondFactorBlocked(Account account, Instant when, String ip) {
        outbox.enqueue(
                account.id,
                account.email,
                localeOf(account),
                msg(account).mail_second_factor_blocked_subject(),
                () ->
                        Templates.secondFactorBlocked(
                                account.firstName,
                                format(when, account),
                                ip == null ? "?" : ip,
                                baseUrl + "/password/forgot"));
    }

    /**
     * A hundred wrong authenticator codes in a row: the app's codes are refused until a recovery
     * code or a reset.
     */
    public void authenticatorCodesRefused(Account account) {
        outbox.enqueue(
                account.id,
                account.email,
                localeOf(account),
                msg(account).mail_authenticator_refused_subject(),
                () ->
                        Templates.authenticatorCodesRefused(
                                account.firstName, baseUrl + "/password/forgot"));
    }

    /** To the new address: confirm it is yours. */
    public void confirmNewEmail(Account account, String newEmail, String token) {
        String link = link("/email-change/confirm?token=", token);
        outbox.enqueue(
                account.id,
                newEmail,
                localeOf(account),
                Messages.in(AccountMessages.class, localeOf(account))
                        .mail_confirm_new_email_subject(),
                () -> Templates.confirmNewEmail(account.firstName, newEmail, link));
    }

    /** To the old address, once the change is done, with the way back. */
    public void emailChanged(Account account, String oldEmail, String revertToken) {
        String link = link("/email-change/revert?token=", revertToken);
        outbox.enqueue(
                account.id,
                oldEmail,
                localeOf(account),
                Messages.in(AccountMessages.class, localeOf(account)).mail_email_changed_subject(),
                () -> Templates.emailChanged(account.firstName, account.email, link));
    }

    /** A sign-in from a browser this account has not used before. */
    public void newDevice(Account account, Instant when, String device, String ip) {
        outbox.enqueue(
                account.id,
                account.email,
                localeOf(account),
                msg(account).mail_new_device_subject(),
                () ->
                        Templates.newDevice(
                                account.firstName,
                                format(when, account),
                                device == null ? "?" : device,
                                ip == null ? "?" : ip,
                                baseUrl + "/account/security"));
    }

    private String link(String pathAndParameter, String token) {
        return baseUrl + pathAndParameter + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** The language the account's mail is written in. */
    public static Locale localeOf(Account account) {
        Locale locale = RequestLocale.supported(account.locale);
        return locale == null ? Locale.ENGLISH : locale;
    }

    private static AccountMessages msg(Account account) {
        return Messages.in(AccountMessages.class, localeOf(account));
    }

    private static String format(Instant when, Account account) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG)
                .withLocale(localeOf(account))
                .withZone(ZoneOffset.UTC)
                .format(when);
    }
}
