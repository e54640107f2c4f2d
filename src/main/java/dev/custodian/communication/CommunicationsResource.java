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
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The marketing categories the manifest offers, the service messages that cannot be refused, the
 * consent history, and above it the page-view notice when a browser's opt-out preference signal is
 * honoured for the account. Gone with marketing off ({@link MarketingGate}): the page-view choice
 * is then the privacy page's alone ({@code /privacy#cookies}, the same notice and buttons).
 */
@Path("/account/communications")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class CommunicationsResource {

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
                List<MarketingCategories.Choice> choices, List<HistoryLine> history);
    }

    @Inject Preferences preferences;

    @Inject SignedIn signedIn;

    @Inject Messages messages;

    @Inject ClientInfo client;

    @Inject MarketingCategories categories;

    @GET
    public TemplateInstance communications() {
        CommunicationMessages texts = messages.of(CommunicationMessages.class);
        List<MarketingCategories.Choice> choices =
                categories.choices(
                        CommunicationPreference.subscriptions(signedIn.accountId()),
                        messages.locale());
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
                                                categories.name(e.category, messages.locale()),
                                                texts.consent(e.action),
                                                texts.source(e.source),
                                                e.policyVersion,
                                                e.ip))
                        .toList();
        return Templates.communications(choices, history);
    }

    /**
     * Saves the ticked categories ({@code marketing}, one value each); the unticked ones are off.
     */
    @POST
    public Response save(@RestForm List<String> marketing) {
        preferences.set(
                signedIn.accountId(),
                categories.chosen(marketing),
                ConsentEvent.Source.SETTINGS,
                client.address());
        return Flash.redirect("/account/communications", Flash.Message.PREFERENCES_SAVED);
    }
}
