package dev.custodian.communication;

import dev.custodian.web.Messages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The visible unsubscribe link in a marketing mail opens this page. Opening it changes nothing
 * (link scanners fetch URLs); its buttons post to {@link OneClickUnsubscribe}.
 */
@Path("/unsubscribe")
@Produces(MediaType.TEXT_HTML)
public class UnsubscribeResource {

    @CheckedTemplate(basePath = "communication/UnsubscribeResource")
    static class Templates {
        static native TemplateInstance confirm(String token, String category, boolean subscribed);

        static native TemplateInstance invalid();
    }

    @Inject UnsubscribeTokens tokens;

    @Inject Messages messages;

    @Inject Preferences preferences;

    @GET
    @Path("{token}")
    public Response confirm(@RestPath String token) {
        return tokens.verify(token)
                .map(
                        subject ->
                                Response.ok(
                                                Templates.confirm(
                                                        token,
                                                        messages.of(CommunicationMessages.class)
                                                                .category(subject.category()),
                                                        preferences.isSubscribed(
                                                                subject.accountId(),
                                                                subject.category())))
                                        .build())
                .orElseGet(
                        () ->
                                Response.status(Response.Status.BAD_REQUEST)
                                        .entity(Templates.invalid())
                                        .build());
    }
}
