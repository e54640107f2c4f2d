package dev.custodian.privacy;

import dev.custodian.web.FormErrors;
import dev.custodian.web.Messages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Publishing a privacy policy version. One that reduces users' rights is announced by email to
 * every active account, in the same transaction, and must be accepted at the next sign-in.
 */
@Path("/admin/policies")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class PolicyAdminResource {

    private static final int UNPROCESSABLE = 422;
    static final int MAX_VERSION = 20;
    static final int MAX_SUMMARY = 5000;

    /** What was typed, kept when the form is refused. */
    public record Draft(String version, String summaryEn, String summaryFr, boolean reducesRights) {
        static final Draft EMPTY = new Draft("", "", "", false);
    }

    @CheckedTemplate(basePath = "privacy/PolicyAdminResource")
    static class Templates {
        static native TemplateInstance policies(
                List<PolicyVersion> versions, Draft draft, FormErrors errors, String published);
    }

    @Inject Messages messages;

    @Inject PolicyPublishing publishing;

    @GET
    public TemplateInstance page() {
        return view(Draft.EMPTY, new FormErrors(messages.web()), null);
    }

    @POST
    public Response publish(
            @RestForm String version,
            @RestForm String summaryEn,
            @RestForm String summaryFr,
            @RestForm boolean reducesRights) {
        FormErrors errors = new FormErrors(messages.web());
        var dmsg = messages.of(PrivacyMessages.class);
        String cleanVersion =
                errors.requiredLine(
                        "version", version, MAX_VERSION, dmsg.policy_admin_version_required());
        if (!errors.has("version") && publishing.versionTaken(cleanVersion)) {
            errors.add("version", dmsg.policy_admin_version_taken());
        }
        String cleanEn = errors.optionalText("summaryEn", summaryEn, MAX_SUMMARY);
        String cleanFr = errors.optionalText("summaryFr", summaryFr, MAX_SUMMARY);
        if (cleanEn == null && !errors.has("summaryEn")) {
            errors.add("summaryEn", dmsg.policy_admin_summary_required());
        }
        if (cleanFr == null && !errors.has("summaryFr")) {
            errors.add("summaryFr", dmsg.policy_admin_summary_fr_required());
        }
        Draft draft =
                new Draft(
                        FormErrors.typed(version),
                        FormErrors.typed(summaryEn),
                        FormErrors.typed(summaryFr),
                        reducesRights);
        if (!errors.isEmpty()) {
            return Response.status(UNPROCESSABLE).entity(view(draft, errors, null)).build();
        }
        int mailed = publishing.publish(cleanVersion, cleanEn, cleanFr, reducesRights);
        return Response.ok(
                        view(
                                Draft.EMPTY,
                                new FormErrors(messages.web()),
                                dmsg.policy_admin_published(cleanVersion, mailed)))
                .build();
    }

    private TemplateInstance view(Draft draft, FormErrors errors, String published) {
        return Templates.policies(publishing.published(), draft, errors, published);
    }
}
