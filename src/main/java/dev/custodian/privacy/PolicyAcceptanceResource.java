package dev.custodian.privacy;

import dev.custodian.manifest.Manifest;
import dev.custodian.web.ClientInfo;
import dev.custodian.web.Flash;
import dev.custodian.web.LocalPath;
import dev.custodian.web.RequestLocale;
import dev.custodian.web.SignedIn;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The page a sign-in leads to when a rights-reducing policy version awaits acceptance: what
 * changed, accept, or take one's data and leave.
 */
@Path(PolicyAcceptances.PAGE)
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class PolicyAcceptanceResource {

    @CheckedTemplate(basePath = "privacy/PolicyAcceptanceResource")
    static class Templates {
        /**
         * @param changes what changed since the version the user accepted, or since the one before
         *     when they accepted none
         */
        static native TemplateInstance accept(
                PolicyVersion policy, String summary, String changes, String next);
    }

    @Inject SignedIn signedIn;

    @Inject RequestLocale locale;

    @Inject PolicyAcceptances policies;

    @Inject ClientInfo client;

    @Inject Manifest manifest;

    @GET
    public Response page(@RestQuery String next) {
        String target = LocalPath.orElse(next, "/account");
        return policies.awaited(signedIn.accountId())
                .map(
                        policy ->
                                Response.ok(
                                        Templates.accept(
                                                policy,
                                                policy.text(locale.get(), manifest.locales())
                                                        .summary(),
                                                changes(policy),
                                                target)))
                .orElseGet(() -> Response.seeOther(URI.create(target)))
                .build();
    }

    private String changes(PolicyVersion policy) {
        String changes = PrivacyResource.PATH + "/" + policy.version + "/changes";
        return policies.lastAccepted(signedIn.accountId())
                .map(accepted -> changes + "?from=" + accepted)
                .orElse(changes);
    }

    /**
     * Records the acceptance of the version in force, if one is awaited, then goes where the user
     * was going.
     */
    @POST
    public Response accept(@RestForm String next) {
        policies.accept(signedIn.accountId(), client.address(), client.userAgent());
        return Flash.redirect(LocalPath.orElse(next, "/account"), Flash.Message.POLICY_ACCEPTED);
    }
}
