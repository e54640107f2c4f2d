package dev.custodian.passkey;

import dev.custodian.account.Account;
import dev.custodian.account.AccountMails;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Singleton;

/** Security notices: a passkey was added to the account, or removed from it. */
@Singleton
class PasskeyMails {

    @CheckedTemplate(basePath = "passkey/PasskeyMails")
    static class Templates {
        static native TemplateInstance passkeyChanged(
                String firstName, boolean added, String name, String securityLink);
    }

    private final AccountMails mails;

    PasskeyMails(AccountMails mails) {
        this.mails = mails;
    }

    void added(Account account, String name) {
        send(account, true, name);
    }

    void removed(Account account, String name) {
        send(account, false, name);
    }

    private void send(Account account, boolean added, String name) {
        PasskeyMessages texts = AccountMails.texts(PasskeyMessages.class, account);
        mails.send(
                account,
                added ? texts.mail_added_subject() : texts.mail_removed_subject(),
                () ->
                        Templates.passkeyChanged(
                                account.firstName, added, name, mails.url("/account/security")));
    }
}
