package dev.custodian.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @CheckedTemplate(basePath = "web/HomeResource")
    static class Templates {
        static native TemplateInstance index();
    }

    /** The public front page: what Custodian lets a user do. */
    @GET
    public TemplateInstance index() {
        return Templates.index();
    }
}
