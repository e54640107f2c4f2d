package dev.custodian.communication;

import dev.custodian.web.ClientInfo;
import dev.custodian.web.Flash;
import dev.custodian.web.Messages;
import dev.custodian.web.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The marketing categories, the service messages that cannot be refused, the consent history, and
 * above it the page-view notice when a browser's opt-out preference signal is honoured for the
 * account.
 */
@Path("/account/communications")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class CommunicationsResource {

    /** A marketing category as the page shows it. */
    public record Choice(String slug, String label, String description, boolean subscribed) {}

    /** One line of the consent history. */
    public record HistoryLine(
            String when,
            String category,
            String action,
            String source,
            String policyVersion,
            String ip) {}

    @CheckedTemplate(basePath = "communication/CommunicationsResource")
    static class Templates {
        static native TemplateInstance communications(
                List<Choice> choices, List<HistoryLine> history);
    }

    @Inject Preferences preferences;

    @Inject SignedIn signedIn;

    @Inject Messages messages;

    @Inject ClientInfo client;

    @GET
    public TemplateInstance communications() {
        Set<Category> subscribed = CommunicationPreference.subscriptions(signedIn.accountId());
        CommunicationMessages texts = messages.of(CommunicationMessages.class);
        List<Choice> choices =
                Category.MARKETING.stream()
                        .map(
                                c ->
                                        new Choice(
                                                c.slug,
                                                texts.category(c),
                                                texts.category_text(c),
                                                subscribed.contains(c)))
                        .toList();
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(messages.locale())
                        .withZone(ZoneOffset.UTC);
        List<HistoryLine> history =
                ConsentEvent.history(signedIn.accountId()).stream()
                        .map(
                                e ->
                                        new HistoryLine(
                                                format.format(e.occurredAt) + " UTC",
                                                texts.category(e.category),
                                                texts.consent(e.action),
                                                texts.source(e.source),
                                                e.policyVersion,
                                                e.ip))
                        .toList();
        return Templates.communications(choices, history);
    }

    /** Saves the ticked categories; the unticked ones are off. */
    @POST
    public Response save(MultivaluedMap<String, String> form) {
        Set<Category> wanted = EnumSet.noneOf(Category.class);
        for (Category category : Category.MARKETING) {
            if (form.containsKey(category.slug)) {
                wanted.add(category);
            }
        }
        preferences.set(
                signedIn.accountId(), wanted, ConsentEvent.Source.SETTINGS, client.address());
        return Flash.redirect("/account/communications", Flash.Message.PREFERENCES_SAVED);
    }
}
