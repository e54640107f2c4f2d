package dev.custodian.signup;

import dev.custodian.account.Account;
import dev.custodian.account.AccountMails;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Singleton;

/**
 * The sign-up's mails: the link that confirms the address, and the note to an owner whose address
 * someone signed up with.
 */
@Singleton
public class SignupMails {

    @CheckedTemplate(basePath = "signup/SignupMails")
    static class Templates {
        static native TemplateInstance verifyEmail(String firstName, String link);

        static native TemplateInstance alreadyRegistered(
                String firstName, String signInLink, String resetLink);
    }

    private final AccountMails mails;

    SignupMails(AccountMails mails) {
        this.mails = mails;
    }

    public void verifyEmail(Account account, String token) {
        String link = mails.link("/verify-email?token=", token);
        mails.send(
                account,
                texts(account).mail_verify_subject(),
                () -> Templates.verifyEmail(account.firstName, link));
    }

    public void alreadyRegistered(Account account) {
        mails.send(
                account,
                texts(account).mail_already_registered_subject(),
                () ->
                        Templates.alreadyRegistered(
                                account.firstName,
                                mails.url("/login"),
                                mails.url("/password/forgot")));
    }

    private static SignupMessages texts(Account account) {
        return AccountMails.texts(SignupMessages.class, account);
    }
}
