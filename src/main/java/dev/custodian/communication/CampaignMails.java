package dev.custodian.communication;

import dev.custodian.account.Account;
import dev.custodian.mail.MailConfig;
import dev.custodian.mail.Outbox;
import dev.custodian.web.BaseUrl;
import dev.custodian.web.Messages;
import dev.custodian.web.WebConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A campaign's mail to one subscriber, with its own unsubscribe token in the List-Unsubscribe
 * headers (RFC 2369, RFC 8058) and in a visible link.
 */
@Singleton
public class CampaignMails {

    @CheckedTemplate(basePath = "communication/CampaignMails")
    static class Templates {
        static native TemplateInstance campaign(
                String firstName,
                List<String> paragraphs,
                String category,
                String unsubscribeLink,
                String preferencesLink);
    }

    private final Outbox outbox;
    private final UnsubscribeTokens tokens;
    private final MarketingCategories categories;
    private final String baseUrl;
    private final String unsubscribeMailbox;

    CampaignMails(
            Outbox outbox,
            UnsubscribeTokens tokens,
            MarketingCategories categories,
            WebConfig web,
            MailConfig mailConfig) {
        this.outbox = outbox;
        this.tokens = tokens;
        this.categories = categories;
        this.baseUrl = BaseUrl.of(web.baseUrl());
        this.unsubscribeMailbox = mailConfig.unsubscribeMailbox();
    }

    void enqueue(Campaign campaign, Account account) {
        enqueue(campaign, account, campaign.subject, campaign.id);
    }

    /**
     * The mail as a subscriber gets it, to an admin's own address, its subject marked as a test; it
     * counts as none of the campaign's mails.
     */
    void enqueueTest(Campaign campaign, Account admin) {
        String subject =
                Messages.in(CommunicationMessages.class, Locale.forLanguageTag(campaign.language))
                        .campaign_test_subject(campaign.subject);
        enqueue(campaign, admin, subject, null);
    }

    private void enqueue(Campaign campaign, Account account, String subject, UUID campaignId) {
        String token = tokens.create(account.id, campaign.category);
        String link = baseUrl + "/unsubscribe/" + token;
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(
                "List-Unsubscribe",
                "<"
                        + link
                        + ">, <mailto:"
                        + unsubscribeMailbox
                        + "?subject=unsubscribe%20"
                        + token
                        + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        Locale locale = Locale.forLanguageTag(campaign.language);
        outbox.enqueueMarketing(
                account.id,
                account.email,
                locale,
                subject,
                () -> preview(campaign, account.firstName, link),
                campaignId,
                headers);
    }

    /**
     * The mail as a subscriber named {@code firstName} gets it; the admin area previews it with a
     * sample name.
     */
    TemplateInstance preview(Campaign campaign, String firstName, String unsubscribeLink) {
        Locale locale = Locale.forLanguageTag(campaign.language);
        String category = categories.name(campaign.category, locale);
        List<String> paragraphs =
                Arrays.stream(campaign.body.split("\\n\\s*\\n"))
                        .map(String::strip)
                        .filter(p -> !p.isEmpty())
                        .toList();
        return Templates.campaign(
                        firstName,
                        paragraphs,
                        category,
                        unsubscribeLink,
                        baseUrl + "/account/communications")
                .setLocale(locale);
    }
}
