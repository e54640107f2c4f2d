package dev.custodian.webhook;

import dev.custodian.manifest.Manifest;
import dev.custodian.web.FormErrors;
import dev.custodian.web.Messages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The endpoints of the company's other systems: added with the events they want and, optionally,
 * the manifest recipient they belong to; turned off or deleted; and their deliveries, to see what
 * failed and send it again.
 */
@Path("/admin/webhooks")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class WebhooksResource {

    private static final int UNPROCESSABLE = 422;
    private static final int MAX_URL = 2000;

    /** The form as typed, shown again with its errors. */
    public record Typed(String url, Set<String> events, String recipient) {}

    @CheckedTemplate(basePath = "webhook/WebhooksResource")
    static class Templates {
        static native TemplateInstance list(
                List<WebhookEndpoint> endpoints,
                List<WebhookType> types,
                List<String> recipients,
                Typed typed,
                FormErrors errors,
                Webhooks.Created created);

        static native TemplateInstance deliveries(
                WebhookEndpoint endpoint, List<WebhookDelivery> deliveries, int shown);
    }

    @Inject Webhooks webhooks;

    @Inject EndpointAddresses addresses;

    @Inject Manifest manifest;

    @Inject Messages messages;

    /** Every endpoint, and the form to add one. */
    @GET
    public TemplateInstance list() {
        return view(new Typed("", Set.of(), ""), new FormErrors(messages.web()), null);
    }

    /**
     * Adds the endpoint and shows its secret, this once: it is stored encrypted and never shown
     * again.
     */
    @POST
    public Response create(
            @RestForm String url, @RestForm List<String> events, @RestForm String recipient) {
        WebhookMessages msg = messages.of(WebhookMessages.class);
        FormErrors errors = new FormErrors(messages.web());
        List<String> ticked = events == null ? List.of() : events;
        Typed typed =
                new Typed(FormErrors.typed(url), Set.copyOf(ticked), FormErrors.typed(recipient));
        String checkedUrl = errors.requiredLine("url", url, MAX_URL, msg.webhooks_url_missing());
        if (checkedUrl != null && !errors.has("url")) {
            EndpointAddresses.Refusal refused = addresses.check(checkedUrl);
            if (refused != null) {
                errors.add("url", msg.webhooks_url_refused(refused));
            }
        }
        Set<WebhookType> types = EnumSet.noneOf(WebhookType.class);
        for (String name : ticked) {
            Optional<WebhookType> type = WebhookType.ofWireName(name);
            if (type.isEmpty()) {
                errors.add("events", msg.webhooks_events_unknown());
            } else {
                types.add(type.get());
            }
        }
        if (types.isEmpty()) {
            errors.add("events", msg.webhooks_events_missing());
        }
        String checkedRecipient = errors.optionalLine("recipient", recipient, MAX_URL);
        if (checkedRecipient != null && !recipients().contains(checkedRecipient)) {
            errors.add("recipient", msg.webhooks_recipient_unknown());
        }
        if (!errors.isEmpty()) {
            return Response.status(UNPROCESSABLE).entity(view(typed, errors, null)).build();
        }
        Webhooks.Created created = webhooks.create(checkedUrl, types, checkedRecipient);
        return Response.ok(
                        view(new Typed("", Set.of(), ""), new FormErrors(messages.web()), created))
                .build();
    }

    /** Turns the endpoint on ({@code enabled=true}) or off. */
    @POST
    @Path("{id}/enabled")
    public Response setEnabled(@RestPath UUID id, @RestForm String enabled) {
        if (!"true".equals(enabled) && !"false".equals(enabled)) {
            throw new BadRequestException();
        }
        if (!webhooks.setEnabled(id, Boolean.parseBoolean(enabled))) {
            throw new NotFoundException();
        }
        return Response.seeOther(URI.create("/admin/webhooks")).build();
    }

    /** Deletes the endpoint and its deliveries. */
    @POST
    @Path("{id}/delete")
    public Response delete(@RestPath UUID id) {
        if (!webhooks.delete(id)) {
            throw new NotFoundException();
        }
        return Response.seeOther(URI.create("/admin/webhooks")).build();
    }

    /** The endpoint's recent deliveries: status, attempts, last error, delivered at. */
    @GET
    @Path("{id}")
    public TemplateInstance deliveries(@RestPath UUID id) {
        WebhookEndpoint endpoint = webhooks.endpoint(id).orElseThrow(NotFoundException::new);
        return Templates.deliveries(endpoint, webhooks.deliveries(id), Webhooks.SHOWN);
    }

    /** Puts a failed or dead delivery back in the queue, due now, with its webhook-id. */
    @POST
    @Path("{id}/deliveries/{deliveryId}/send-again")
    public Response sendAgain(@RestPath UUID id, @RestPath UUID deliveryId) {
        if (!webhooks.sendAgain(id, deliveryId)) {
            throw new NotFoundException();
        }
        return Response.seeOther(URI.create("/admin/webhooks/" + id)).build();
    }

    private TemplateInstance view(Typed typed, FormErrors errors, Webhooks.Created created) {
        return Templates.list(
                webhooks.endpoints(),
                Arrays.asList(WebhookType.values()),
                recipients(),
                typed,
                errors,
                created);
    }

    /** The manifest's recipients, by name: an endpoint may belong to one of them. */
    private List<String> recipients() {
        return manifest.recipients().stream().map(Manifest.Recipient::name).toList();
    }
}
