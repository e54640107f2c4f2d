package dev.custodian.oidc;

import dev.custodian.account.Account;
import dev.custodian.account.AccountMails;
import dev.custodian.mail.Outbox;
import dev.custodian.web.BaseUrl;
import dev.custodian.web.Messages;
import dev.custodian.web.WebConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Singleton;
import java.util.Locale;

/** Security notices: a way to sign in was added to or removed from the account. */
@Singleton
class OidcMails {

    @CheckedTemplate(basePath = "oidc/OidcMails")
    static class Templates {
        static native TemplateInstance identityChanged(
                String firstName,
                boolean linked,
                String provider,
                String identity,
                String securityLink);
    }

    private final Outbox outbox;
    private final OidcConfig config;
    private final String baseUrl;

    OidcMails(Outbox outbox, OidcConfig config, WebConfig web) {
        this.outbox = outbox;
        this.config = config;
        this.baseUrl = BaseUrl.of(web.baseUrl());
    }

    void linked(Account account, String identityEmail) {
        send(account, true, identityEmail);
    }

    void unlinked(Account account, String identityEmail) {
        send(account, false, identityEmail);
    }

    private void send(Account account, boolean linked, String identityEmail) {
        Locale locale = AccountMails.localeOf(account);
        OidcMessages omsg = Messages.in(OidcMessages.class, locale);
        String subject =
                linked
                        ? omsg.mail_linked_subject(config.displayName())
                        : omsg.mail_unlinked_subject(config.displayName());
        outbox.enqueue(
                account.id,
                account.email,
                locale,
                subject,
                () ->
                        Templates.identityChanged(
                                account.firstName,
                                linked,
                                config.displayName(),
                                identityEmail == null ? "" : identityEmail,
                                baseUrl + "/account/security"));
    }
}
