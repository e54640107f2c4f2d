package dev.custodian.communication;

import dev.custodian.account.AccountStatus;
import dev.custodian.mail.OutboxMail;
import dev.custodian.web.Flash;
import dev.custodian.web.FormErrors;
import dev.custodian.web.Messages;
import dev.custodian.web.PageContext;
import dev.custodian.web.RequestLocale;
import dev.custodian.web.SignedIn;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Admin: compose a marketing mail per category the manifest offers and language, preview it, edit
 * its subject and text while it is a draft, send it to the subscribers. A draft of a category no
 * longer offered can only be deleted. Gone with marketing off ({@link MarketingGate}).
 */
@Path("/admin/campaigns")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class CampaignsResource {

    private static final int UNPROCESSABLE = 422;
    private static final int MAX_SUBJECT = 200;
    private static final int MAX_BODY = 20_000;

    /** A category in the form's list. */
    public record Option(String value, String label) {}

    /** What was typed, kept when the form is refused. */
    public record Draft(String category, String language, String subject, String body) {}

    /**
     * A campaign in the list, with how many of its mails have left; {@code offered}: whether the
     * manifest still offers its category, without which it cannot be sent.
     */
    public record Row(
            UUID id,
            String subject,
            String category,
            boolean offered,
            String language,
            String status,
            String statusLabel,
            int queued,
            long sent) {}

    @CheckedTemplate(basePath = "communication/CampaignsResource")
    static class Templates {
        static native TemplateInstance campaigns(
                List<Row> campaigns, List<Option> categories, Draft draft, FormErrors errors);

        static native TemplateInstance campaign(
                Row campaign,
                String previewText,
                List<String> headers,
                long subscribers,
                boolean unconfirmed);

        static native TemplateInstance edit(Row campaign, Draft draft, FormErrors errors);
    }

    /** A subject and a message that passed the checks, or null for each that did not. */
    private record Text(String subject, String body) {}

    @Inject CampaignMails mails;

    @Inject Messages messages;

    @Inject Campaigns campaigns;

    @Inject SignedIn signedIn;

    @Inject MarketingCategories categories;

    @GET
    public TemplateInstance campaigns() {
        return page(new Draft("", "en", "", ""), new FormErrors(messages.web()));
    }

    /** Saves a draft and opens its preview. */
    @POST
    public Response create(
            @RestForm String category,
            @RestForm String language,
            @RestForm String subject,
            @RestForm String body) {
        FormErrors errors = new FormErrors(messages.web());
        var cmsg = messages.of(CommunicationMessages.class);
        Optional<Category> chosen = categories.offered(category);
        if (chosen.isEmpty()) {
            errors.add("category", cmsg.campaign_category_required());
        }
        if (RequestLocale.supported(language) == null) {
            errors.add("language", cmsg.campaign_language_required());
        }
        Text text = text(errors, subject, body);
        if (!errors.isEmpty()) {
            return Response.status(UNPROCESSABLE)
                    .entity(
                            page(
                                    new Draft(
                                            FormErrors.typed(category),
                                            FormErrors.typed(language),
                                            FormErrors.typed(subject),
                                            FormErrors.typed(body)),
                                    errors))
                    .build();
        }
        UUID id = campaigns.draft(chosen.get(), language, text.subject(), text.body());
        return Response.seeOther(URI.create("/admin/campaigns/" + id)).build();
    }

    /**
     * The mail as a subscriber will get it (text part and headers), and how many will get it now.
     */
    @GET
    @Path("{id}")
    public TemplateInstance campaign(@RestPath UUID id) {
        return campaignPage(id, false);
    }

    private TemplateInstance campaignPage(UUID id, boolean unconfirmed) {
        Campaign campaign = find(id);
        String preview =
                mails.preview(
                                campaign,
                                messages.of(CommunicationMessages.class).campaign_sample_name(),
                                "https://…/unsubscribe/…")
                        .setAttribute(
                                TemplateInstance.SELECTED_VARIANT,
                                Variant.forContentType(Variant.TEXT_PLAIN))
                        .render();
        List<String> headers =
                List.of(
                        "Subject: " + campaign.subject,
                        "List-Unsubscribe: <https://…/unsubscribe/TOKEN>, <mailto:…>",
                        "List-Unsubscribe-Post: List-Unsubscribe=One-Click");
        long subscribers =
                Panache.getEntityManager()
                        .createQuery(
                                "select count(p) from CommunicationPreference p, "
                                        + "Account a where a.id = p.key.accountId and p.key.category = ?1 and p.subscribed = true "
                                        + "and a.status = ?2 and a.emailVerifiedAt is not null and coalesce(a.locale, ?4) = ?3",
                                Long.class)
                        .setParameter(1, campaign.category.id())
                        .setParameter(2, AccountStatus.ACTIVE)
                        .setParameter(3, campaign.language)
                        .setParameter(4, RequestLocale.offered().get(0).getLanguage())
                        .getSingleResult();
        return Templates.campaign(row(campaign), preview, headers, subscribers, unconfirmed);
    }

    /**
     * Starts queuing a draft to its subscribers, once the admin has ticked the box that names how
     * many; sending twice changes nothing.
     */
    @POST
    @Path("{id}/send")
    public Response send(@RestPath UUID id, @RestForm String confirmed) {
        if (!categories.offers(find(id).category)) {
            return Response.status(Response.Status.CONFLICT)
                    .entity(campaignPage(id, false))
                    .build();
        }
        if (!"yes".equals(confirmed)) {
            return Response.status(422).entity(campaignPage(id, true)).build();
        }
        campaigns.send(id);
        return Flash.redirect("/admin/campaigns/" + id, Flash.Message.CAMPAIGN_SENDING);
    }

    /** The form to change a draft's subject and message; a campaign already sending cannot be. */
    @GET
    @Path("{id}/edit")
    public Response editForm(@RestPath UUID id) {
        Campaign campaign = find(id);
        if (campaign.status != Campaign.Status.DRAFT) {
            return notADraft(id);
        }
        return Response.ok(
                        Templates.edit(
                                row(campaign),
                                new Draft(
                                        campaign.category.id(),
                                        campaign.language,
                                        campaign.subject,
                                        campaign.body),
                                new FormErrors(messages.web())))
                .build();
    }

    /** Saves a draft's new subject and message and opens its preview again. */
    @POST
    @Path("{id}/edit")
    public Response edit(@RestPath UUID id, @RestForm String subject, @RestForm String body) {
        Campaign campaign = find(id);
        if (campaign.status != Campaign.Status.DRAFT) {
            return notADraft(id);
        }
        FormErrors errors = new FormErrors(messages.web());
        Text text = text(errors, subject, body);
        if (!errors.isEmpty()) {
            Draft typed =
                    new Draft(
                            campaign.category.id(),
                            campaign.language,
                            FormErrors.typed(subject),
                            FormErrors.typed(body));
            return Response.status(UNPROCESSABLE)
                    .entity(Templates.edit(row(campaign), typed, errors))
                    .build();
        }
        if (!campaigns.edit(id, text.subject(), text.body())) {
            return notADraft(id);
        }
        return Flash.redirect("/admin/campaigns/" + id, Flash.Message.ADMIN_SAVED);
    }

    /** Deletes a draft; a campaign already sending or sent cannot be (409). */
    @POST
    @Path("{id}/delete")
    public Response delete(@RestPath UUID id) {
        find(id);
        if (!campaigns.delete(id)) {
            return notADraft(id);
        }
        return Flash.redirect("/admin/campaigns", Flash.Message.CAMPAIGN_DELETED);
    }

    /**
     * Sends one copy of a draft to the signed-in admin's own address; not of a category no longer
     * offered (409).
     */
    @POST
    @Path("{id}/test")
    public Response test(@RestPath UUID id) {
        find(id);
        if (!campaigns.sendTest(id, signedIn.accountId())) {
            return notADraft(id);
        }
        return Flash.redirect("/admin/campaigns/" + id, Flash.Message.CAMPAIGN_TEST_SENT);
    }

    /** The subject and message checked, each error added to {@code errors} under its field. */
    private Text text(FormErrors errors, String subject, String body) {
        var cmsg = messages.of(CommunicationMessages.class);
        String cleanSubject =
                errors.requiredLine(
                        "subject", subject, MAX_SUBJECT, cmsg.campaign_subject_required());
        String cleanBody = errors.optionalText("body", body, MAX_BODY);
        if (cleanBody == null && !errors.has("body")) {
            errors.add("body", cmsg.campaign_body_required());
        }
        return new Text(cleanSubject, cleanBody);
    }

    /** A campaign that has started sending keeps the text its first readers got. */
    private Response notADraft(UUID id) {
        return Response.status(Response.Status.CONFLICT).entity(campaignPage(id, false)).build();
    }

    private TemplateInstance page(Draft draft, FormErrors errors) {
        List<Option> options =
                categories.offered().stream()
                        .map(c -> new Option(c.id(), categories.name(c, messages.locale())))
                        .toList();
        List<Row> rows =
                Campaign.<Campaign>list("order by createdAt desc").stream().map(this::row).toList();
        return Templates.campaigns(rows, options, draft, errors);
    }

    private Row row(Campaign campaign) {
        long sent =
                OutboxMail.count(
                        "campaignId = ?1 and status = ?2", campaign.id, OutboxMail.Status.SENT);
        CommunicationMessages texts = messages.of(CommunicationMessages.class);
        String language = PageContext.Language.of(Locale.forLanguageTag(campaign.language)).name();
        return new Row(
                campaign.id,
                campaign.subject,
                categories.name(campaign.category, messages.locale()),
                categories.offers(campaign.category),
                language,
                campaign.status.name(),
                texts.campaign_state(campaign.status),
                campaign.queued,
                sent);
    }

    private static Campaign find(UUID id) {
        Campaign campaign = Campaign.findById(id);
        if (campaign == null) {
            throw new NotFoundException();
        }
        return campaign;
    }
}
