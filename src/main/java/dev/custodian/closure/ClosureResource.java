package dev.custodian.closure;

import dev.custodian.auth.PasskeyProof;
import dev.custodian.auth.SessionService;
import dev.custodian.auth.StepUp;
import dev.custodian.manifest.Manifest;
import dev.custodian.product.Product;
import dev.custodian.web.ClientInfo;
import dev.custodian.web.Messages;
import dev.custodian.web.SignedIn;
import dev.custodian.webhook.Events;
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
import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Closing the account: the gate (no active or suspended product), the explanation and the choice of
 * when data goes, step-up, then a final confirmation.
 */
@Path("/account/close")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ClosureResource {

    static final String ERASE_LATER = "later";
    static final String ERASE_NOW = "now";
    private static final int UNPROCESSABLE = 422;

    @CheckedTemplate(basePath = "closure/ClosureResource")
    static class Templates {
        static native TemplateInstance blocked(List<Product> products);

        static native TemplateInstance explain(String eraseLaterOn, String error);

        static native TemplateInstance confirm(String when, String eraseOn, String told);
    }

    @Inject ClosureService closure;

    @Inject SignedIn signedIn;

    @Inject StepUp stepUp;

    @Inject PasskeyProof passkeys;

    @Inject SessionService sessions;

    @Inject Messages messages;

    @Inject ClientInfo client;

    @Inject Manifest manifest;

    @Inject Clock clock;

    @Inject Events events;

    /** The gate: the blocking products, or what closure means and the choice of when data goes. */
    @GET
    public Response page() {
        List<Product> blocking = closure.blocking(signedIn.accountId());
        if (!blocking.isEmpty()) {
            return Response.ok(Templates.blocked(blocking)).build();
        }
        return Response.ok(Templates.explain(eraseOn(ERASE_LATER), null)).build();
    }

    /** After a fresh proof of identity, the last page before the account is closed. */
    @POST
    @Path("review")
    public Response review(@RestForm String when) {
        if (!isChoice(when)) {
            return noChoice();
        }
        List<Product> blocking = closure.blocking(signedIn.accountId());
        if (!blocking.isEmpty()) {
            return Response.status(Response.Status.CONFLICT)
                    .entity(Templates.blocked(blocking))
                    .build();
        }
        Optional<Response> stepUpFirst =
                stepUp.require("/account/close/review", Map.of("when", when));
        if (stepUpFirst.isPresent()) {
            return stepUpFirst.get();
        }
        return Response.ok(Templates.confirm(when, eraseOn(when), events.toldOfErasureInWords()))
                .build();
    }

    /** Closes the account, ends every session and leaves the browser signed out. */
    @POST
    @Path("confirm")
    public Response confirm(@RestForm String when) {
        if (!isChoice(when)) {
            return noChoice();
        }
        Optional<Response> stepUpFirst =
                stepUp.require("/account/close/review", Map.of("when", when));
        if (stepUpFirst.isPresent()) {
            return stepUpFirst.get();
        }
        // read before the account closes: the closed page tells the browser none is accepted now
        String passkeyUser = passkeys.userHandleIfAny(signedIn.accountId());
        ClosureService.Outcome outcome =
                closure.close(
                        signedIn.accountId(),
                        ERASE_NOW.equals(when),
                        client.address(),
                        client.userAgent());
        if (outcome instanceof ClosureService.Blocked blocked) {
            return Response.status(Response.Status.CONFLICT)
                    .entity(Templates.blocked(blocked.products()))
                    .build();
        }
        // The session cookie is expired by name, not with "cookies": the language and the cookie
        // answer are the browser's, not the account's, and the page after this speaks the user's
        // language.
        return Response.seeOther(
                        URI.create(
                                passkeyUser == null
                                        ? "/closed"
                                        : "/closed?passkeys=" + passkeyUser))
                .cookie(sessions.expiredCookie())
                .header("Clear-Site-Data", "\"cache\", \"storage\"")
                .build();
    }

    /** Later, or now where the company allows erasure at once. */
    private boolean isChoice(String when) {
        return ERASE_LATER.equals(when)
                || (ERASE_NOW.equals(when) && manifest.closure().eraseNowAllowed());
    }

    private Response noChoice() {
        return Response.status(UNPROCESSABLE)
                .entity(
                        Templates.explain(
                                eraseOn(ERASE_LATER),
                                messages.of(ClosureMessages.class).close_choose_when()))
                .build();
    }

    private String eraseOn(String when) {
        var now = clock.instant().atZone(ZoneOffset.UTC);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(messages.locale())
                .format(ERASE_NOW.equals(when) ? now : now.plus(manifest.closure().gracePeriod()));
    }
}
