package dev.custodian.communication;

import dev.custodian.web.ClientInfo;
import dev.custodian.web.Messages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The visible unsubscribe link in a marketing mail opens this page. Opening it changes nothing
 * (link scanners fetch URLs). Its buttons are forms with the CSRF token: one category here, so that
 * the answer can offer to undo it; every category through {@link OneClickUnsubscribe}. The link of
 * a category the manifest no longer offers still withdraws it (withdrawing stays as easy as
 * consenting was), but does not subscribe again.
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

    @Inject WithdrawalWriter withdrawals;

    @Inject ClientInfo client;

    @Inject MarketingCategories categories;

    @GET
    @Path("{token}")
    public Response confirm(@RestPath String token) {
        return tokens.verify(token)
                .map(
                        subject ->
                                Response.ok(
                                                Templates.confirm(
                                                        token,
                                                        categories.name(
                                                                subject.category(),
                                                                messages.locale()),
                                                        preferences.isSubscribed(
                                                                subject.accountId(),
                                                                subject.category())))
                                        .build())
                .orElseGet(UnsubscribeResource::invalid);
    }

    /**
     * A person unsubscribes from the token's category on the page, and the answer offers "I clicked
     * by mistake". Answered once the withdrawal is committed, as the one-click route does.
     */
    @POST
    @Path("{token}/one")
    public Response unsubscribe(@RestPath String token) {
        Optional<UnsubscribeTokens.Subject> subject = tokens.verify(token);
        if (subject.isEmpty()) {
            return invalid();
        }
        withdrawals
                .withdraw(
                        subject.get().accountId(),
                        subject.get().category(),
                        ConsentEvent.Source.EMAIL_LINK,
                        client.address())
                .join();
        return Response.ok(
                        OneClickUnsubscribe.Templates.done(
                                messages.locale().getLanguage(),
                                categories.name(subject.get().category(), messages.locale()),
                                false,
                                token))
                // it carries the token, which unsubscribes and subscribes again
                .header("Cache-Control", "no-store")
                .build();
    }

    /**
     * "I clicked by mistake": the token that unsubscribed subscribes its category again, for an
     * active account, recorded as such in the consent history.
     */
    @POST
    @Path("{token}/again")
    public Response subscribeAgain(@RestPath String token) {
        Optional<UnsubscribeTokens.Subject> subject =
                tokens.verify(token).filter(s -> categories.offers(s.category()));
        if (subject.isEmpty()
                || !preferences.subscribeAgain(
                        subject.get().accountId(), subject.get().category(), client.address())) {
            return invalid();
        }
        return Response.ok(
                        OneClickUnsubscribe.Templates.again(
                                messages.locale().getLanguage(),
                                categories.name(subject.get().category(), messages.locale())))
                .header("Cache-Control", "no-store")
                .build();
    }

    private static Response invalid() {
        return Response.status(Response.Status.BAD_REQUEST).entity(Templates.invalid()).build();
    }
}
