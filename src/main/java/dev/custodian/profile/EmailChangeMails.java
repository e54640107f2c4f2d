package dev.custodian.profile;

import dev.custodian.account.Account;
import dev.custodian.account.AccountMails;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Singleton;

/** The email change's mails: to the new address, confirm it; to the old one, the way back. */
@Singleton
public class EmailChangeMails {

    @CheckedTemplate(basePath = "profile/EmailChangeMails")
    static class Templates {
        static native TemplateInstance confirmNewEmail(
                String firstName, String newEmail, String link);

        static native TemplateInstance emailChanged(
                String firstName, String newEmail, String revertLink);
    }

    private final AccountMails mails;

    EmailChangeMails(AccountMails mails) {
        this.mails = mails;
    }

    /** To the new address: confirm it is yours. */
    void confirmNewEmail(Account account, String newEmail, String token) {
        String link = mails.link("/email-change/confirm?token=", token);
        mails.sendTo(
                account,
                newEmail,
                texts(account).mail_confirm_new_email_subject(),
                () -> Templates.confirmNewEmail(account.firstName, newEmail, link));
    }

    /** To the old address, once the change is done, with the way back. */
    void emailChanged(Account account, String oldEmail, String revertToken) {
        String link = mails.link("/email-change/revert?token=", revertToken);
        mails.sendTo(
                account,
                oldEmail,
                texts(account).mail_email_changed_subject(),
                () -> Templates.emailChanged(account.firstName, account.email, link));
    }

    private static ProfileMessages texts(Account account) {
        return AccountMails.texts(ProfileMessages.class, account);
    }
}
