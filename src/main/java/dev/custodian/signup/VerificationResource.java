package dev.custodian.signup;

import dev.custodian.account.InvalidLink;
import dev.custodian.auth.RateLimiter;
import dev.custodian.web.ClientInfo;
import dev.custodian.web.Flash;
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
import java.time.Duration;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/verify-email")
@Produces(MediaType.TEXT_HTML)
public class VerificationResource {

    private static final int RESENDS_PER_HOUR = 3;

    @CheckedTemplate(basePath = "signup/VerificationResource")
    static class Templates {
        static native TemplateInstance confirm(String token);
    }

    @Inject VerificationService verification;

    @Inject SignedIn signedIn;

    @Inject ClientInfo client;

    @Inject RateLimiter rateLimiter;

    /** The page a verification link opens: a button, so that a link scanner verifies nothing. */
    @GET
    public Response confirm(@RestQuery String token) {
        if (!verification.isUsable(token)) {
            return InvalidLink.page(InvalidLink.Kind.VERIFY);
        }
        return Response.ok(Templates.confirm(token)).build();
    }

    /** Verifies the address, or explains why the link cannot do it. */
    @POST
    public Response verify(@RestForm String token) {
        Optional<java.util.UUID> viewer =
                signedIn.present() ? Optional.of(signedIn.accountId()) : Optional.empty();
        VerificationService.Outcome outcome =
                verification.verify(token, viewer, client.address(), client.userAgent());
        return switch (outcome) {
            case VERIFIED ->
                    Flash.redirect(
                            viewer.isPresent() ? "/account" : "/login",
                            Flash.Message.EMAIL_VERIFIED);
            case OTHER_ACCOUNT -> InvalidLink.page(InvalidLink.Kind.OTHER_ACCOUNT);
            case INVALID -> InvalidLink.page(InvalidLink.Kind.VERIFY);
        };
    }

    /** Sends a new verification link to the signed-in user's address. */
    @POST
    @Path("/resend")
    @Authenticated
    public Response resend() {
        rateLimiter.consume(
                "verify-resend:" + signedIn.accountId(), RESENDS_PER_HOUR, Duration.ofHours(1));
        verification.resend(signedIn.accountId(), client.address(), client.userAgent());
        return Flash.redirect("/account", Flash.Message.VERIFICATION_SENT);
    }
}
