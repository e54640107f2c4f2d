package dev.custodian.closure;

import dev.custodian.web.SignedIn;
import dev.custodian.web.WithScript;
import dev.custodian.webhook.Events;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestQuery;

/** Where a closed account's browser lands, signed out: the details are in the confirmation mail. */
@Path("/closed")
@Produces(MediaType.TEXT_HTML)
public class ClosedResource {

    @CheckedTemplate(basePath = "closure/ClosedResource")
    static class Templates {
        static native TemplateInstance closed(String told, String passkeys);
    }

    /** A WebAuthn user handle as the closure sends it: an account id's 16 bytes, base64url. */
    private static final Pattern USER_HANDLE = Pattern.compile("[A-Za-z0-9_-]{22}");

    @Inject SignedIn signedIn;

    @Inject Events events;

    /**
     * Someone signed in (another account, on this browser) has nothing closed to read about; with
     * {@code passkeys}, the closed account's user handle, the page tells the browser that none of
     * its passkeys is accepted any more.
     */
    @GET
    @WithScript
    public Response closed(@RestQuery String passkeys) {
        if (signedIn.present()) {
            return Response.seeOther(URI.create("/account")).build();
        }
        return Response.ok(
                        Templates.closed(
                                events.toldOfErasureInWords(),
                                passkeys != null && USER_HANDLE.matcher(passkeys).matches()
                                        ? passkeys
                                        : null))
                .build();
    }
}
