package dev.custodian.twofactor;

import dev.custodian.account.Account;
import dev.custodian.account.AccountMails;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Singleton;

/** The mails about two-factor sign-in: turned on or off, and the authenticator's codes refused. */
@Singleton
public class TwoFactorMails {

    @CheckedTemplate(basePath = "twofactor/TwoFactorMails")
    static class Templates {
        static native TemplateInstance twoFactorChanged(
                String firstName, boolean enabled, String securityLink);

        static native TemplateInstance authenticatorCodesRefused(
                String firstName, String resetLink);
    }

    private final AccountMails mails;

    TwoFactorMails(AccountMails mails) {
        this.mails = mails;
    }

    void twoFactorEnabled(Account account) {
        mails.send(
                account,
                texts(account).mail_two_factor_on_subject(),
                () ->
                        Templates.twoFactorChanged(
                                account.firstName, true, mails.url("/account/security")));
    }

    void twoFactorDisabled(Account account) {
        mails.send(
                account,
                texts(account).mail_two_factor_off_subject(),
                () ->
                        Templates.twoFactorChanged(
                                account.firstName, false, mails.url("/account/security")));
    }

    /**
     * A hundred wrong authenticator codes in a row: the app's codes are refused until a recovery
     * code or a reset.
     */
    void authenticatorCodesRefused(Account account) {
        mails.send(
                account,
                texts(account).mail_authenticator_refused_subject(),
                () ->
                        Templates.authenticatorCodesRefused(
                                account.firstName, mails.url("/password/forgot")));
    }

    private static TwoFactorMessages texts(Account account) {
        return AccountMails.texts(TwoFactorMessages.class, account);
    }
}
