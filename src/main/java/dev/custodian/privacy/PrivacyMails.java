package dev.custodian.privacy;

import dev.custodian.account.Account;
import dev.custodian.account.AccountMails;
import dev.custodian.account.AccountStatus;
import dev.custodian.mail.Outbox;
import dev.custodian.manifest.Manifest;
import dev.custodian.web.BaseUrl;
import dev.custodian.web.Messages;
import dev.custodian.web.WebConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Singleton;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
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
                String changesLink,
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
    private final Manifest manifest;
    private final String baseUrl;

    PrivacyMails(Outbox outbox, Manifest manifest, WebConfig web) {
        this.outbox = outbox;
        this.manifest = manifest;
        this.baseUrl = BaseUrl.of(web.baseUrl());
    }

    /**
     * Queues one mail per active account, in each language the portal writes mail in (the policy's
     * summary in the manifest's first language when the version lacks that one), with links to the
     * version and to what changed; returns how many.
     */
    int announce(PolicyVersion policy) {
        String link = baseUrl + PrivacyResource.PATH + "/" + policy.version;
        String changesLink = policy.previous().isPresent() ? link + "/changes" : null;
        int queued = 0;
        List<Locale> offered = manifest.locales();
        for (Locale locale : offered) {
            queued +=
                    outbox.enqueueToActiveAccounts(
                            locale,
                            offered,
                            Messages.in(PrivacyMessages.class, locale).mail_policy_subject(),
                            () ->
                                    Templates.policyChanged(
                                            policy.version,
                                            policy.text(locale, manifest.locales()).summary(),
                                            link,
                                            changesLink,
                                            baseUrl + "/account/data",
                                            baseUrl + "/account/close"));
        }
        return queued;
    }

    /** How many accounts {@link #announce} writes to: the active ones with a verified address. */
    int audience() {
        return Math.toIntExact(
                Account.count("status = ?1 and emailVerifiedAt is not null", AccountStatus.ACTIVE));
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
