package dev.custodian.privacy;

import dev.custodian.account.Account;
import dev.custodian.account.AccountMails;
import dev.custodian.mail.Outbox;
import dev.custodian.web.BaseUrl;
import dev.custodian.web.Messages;
import dev.custodian.web.WebConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Singleton;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Privacy service messages: the announcement of a rights-reducing policy version, and the notice
 * that an account's data was disclosed to a third party. Neither can be unsubscribed.
 */
@Singleton
class PrivacyMails {

    @CheckedTemplate(basePath = "privacy/PrivacyMails")
    static class Templates {
        static native TemplateInstance policyChanged(
                String version,
                String summary,
                String policyLink,
                String dataLink,
                String closeLink);

        static native TemplateInstance disclosureNotice(
                String firstName,
                String recipient,
                String disclosedOn,
                String purpose,
                String legalBasis,
                String dataCategories,
                String dashboardLink);
    }

    private final Outbox outbox;
    private final String baseUrl;

    PrivacyMails(Outbox outbox, WebConfig web) {
        this.outbox = outbox;
        this.baseUrl = BaseUrl.of(web.baseUrl());
    }

    /** Queues one mail per active account; returns how many. */
    int announce(PolicyVersion policy) {
        int queued = 0;
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            queued +=
                    outbox.enqueueToActiveAccounts(
                            locale,
                            Messages.in(PrivacyMessages.class, locale).mail_policy_subject(),
                            () ->
                                    Templates.policyChanged(
                                            policy.version,
                                            policy.summary(locale),
                                            baseUrl + "/privacy",
                                            baseUrl + "/account/data",
                                            baseUrl + "/account/close"));
        }
        return queued;
    }

    void disclosed(Account account, Disclosure disclosure) {
        Locale locale = AccountMails.localeOf(account);
        PrivacyMessages dmsg = Messages.in(PrivacyMessages.class, locale);
        String on =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(disclosure.disclosedOn);
        outbox.enqueue(
                account.id,
                account.email,
                locale,
                dmsg.mail_disclosure_subject(),
                () ->
                        Templates.disclosureNotice(
                                account.firstName,
                                disclosure.recipient,
                                on,
                                disclosure.purpose,
                                dmsg.basis(disclosure.legalBasis),
                                disclosure.dataCategories,
                                baseUrl + "/account#disclosures"));
    }
}
