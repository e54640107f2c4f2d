package dev.custodian.oidc;

import dev.custodian.auth.StepUp;
import dev.custodian.web.ClientInfo;
import dev.custodian.web.Flash;
import dev.custodian.web.Messages;
import dev.custodian.web.SignedIn;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Linking another provider identity to the account (after a fresh proof of identity), and unlinking
 * one.
 */
@Path("/account/security/oidc")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class LinkedIdentitiesResource {

    @Inject SignedIn signedIn;

    @Inject StepUp stepUp;

    @Inject PendingCookie pendingCookie;

    @Inject OidcConfig config;

    @Inject OidcService oidc;

    @Inject ClientInfo client;

    @Inject Messages messages;

    /** Remembers which account asked, then sends the browser to the provider. */
    @POST
    @Path("link")
    public Response link() {
        if (!config.enabled()) {
            throw new NotFoundException();
        }
        Optional<Response> stepUpFirst = stepUp.require("/account/security/oidc/link", Map.of());
        if (stepUpFirst.isPresent()) {
            return stepUpFirst.get();
        }
        return Response.seeOther(URI.create("/login/oidc"))
                .cookie(
                        pendingCookie.of(
                                PendingIdentity.linkFromAccount(
                                        signedIn.accountId(), pendingCookie.expiry())))
                .build();
    }

    @POST
    @Path("{id}/unlink")
    public Response unlink(@RestPath UUID id) {
        return switch (oidc.unlink(
                signedIn.accountId(), id, client.address(), client.userAgent())) {
            case UNLINKED -> Flash.redirect("/account/security", Flash.Message.IDENTITY_UNLINKED);
            case NOT_FOUND -> throw new NotFoundException();
            case LAST_WAY_IN ->
                    Response.status(Response.Status.CONFLICT)
                            .entity(
                                    OidcResource.Templates.refused(
                                            messages.of(OidcMessages.class)
                                                    .unlink_last_way_in(config.displayName())))
                            .build();
        };
    }
}
