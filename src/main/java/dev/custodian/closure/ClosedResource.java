package dev.custodian.closure;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Where a closed account's browser lands, signed out: the details are in the confirmation mail. */
@Path("/closed")
@Produces(MediaType.TEXT_HTML)
public class ClosedResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance closed();
    }

    @GET
    public TemplateInstance closed() {
        return Templates.closed();
    }
}
