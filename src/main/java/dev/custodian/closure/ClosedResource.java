package dev.custodian.closure;

import dev.custodian.web.SignedIn;
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

/** Where a closed account's browser lands, signed out: the details are in the confirmation mail. */
@Path("/closed")
@Produces(MediaType.TEXT_HTML)
public class ClosedResource {

    @CheckedTemplate(basePath = "closure/ClosedResource")
    static class Templates {
        static native TemplateInstance closed(String told);
    }

    @Inject SignedIn signedIn;

    @Inject Events events;

    /** Someone signed in (another account, on this browser) has nothing closed to read about. */
    @GET
    public Response closed() {
        if (signedIn.present()) {
            return Response.seeOther(URI.create("/account")).build();
        }
        return Response.ok(Templates.closed(events.toldOfErasureInWords())).build();
    }
}
