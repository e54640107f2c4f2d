package dev.custodian.privacy;

import dev.custodian.web.RequestLocale;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;

@Path("/privacy")
@Produces(MediaType.TEXT_HTML)
public class PrivacyResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance current(PolicyVersion policy, String summary);
    }

    @Inject
    Clock clock;

    @Inject
    RequestLocale locale;

    /** The privacy policy in force, in the page's language. */
    @GET
    public TemplateInstance current() {
        PolicyVersion policy = PolicyVersion.current(clock.instant());
        return Templates.current(policy, policy.summary(locale.get()));
    }
}
