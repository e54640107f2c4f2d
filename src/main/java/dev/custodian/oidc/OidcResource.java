package dev.custodian.oidc;

import dev.custodian.auth.SessionService;
import dev.custodian.privacy.PolicyAcceptances;
import dev.custodian.web.ClientInfo;
import dev.custodian.web.Flash;
import dev.custodian.web.Messages;
import io.quarkus.oidc.IdToken;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The end of the provider's authorization code flow. quarkus-oidc guards these paths alone (state,
 * PKCE, nonce and the ID token's signature, issuer and audience are checked before this runs); the
 * provider's own session is then dropped and the identity becomes a Custodian session, a link, or a
 * short sign-up.
 */
@Path("/login/oidc")
@Produces(MediaType.TEXT_HTML)
public class OidcResource {

    private static final int FORBIDDEN = 403;

    @CheckedTemplate(basePath = "oidc/OidcResource")
    static class Templates {
        static native TemplateInstance refused(String message);
    }

    @Inject @IdToken JsonWebToken idToken;

    @Inject OidcSession oidcSession;

    @Inject OidcService oidc;

    @Inject OidcConfig config;

    @Inject PendingCookie pendingCookie;

    @Inject SessionService sessions;

    @Inject PolicyAcceptances policies;

    @Inject HttpServerRequest request;

    @Inject ClientInfo client;

    @Inject Messages messages;

    /** Reached directly only while a provider session lives; it is handled like the callback. */
    @GET
    public Response start() {
        return callback();
    }

    @GET
    @Path("callback")
    public Response callback() {
        Claims claims = Claims.of(idToken);
        oidcSession.logout().await().indefinitely();
        Optional<PendingIdentity> pending = pendingCookie.read(request);
        if (pending.isPresent()
                && pending.get().purpose() == PendingIdentity.Purpose.LINK_FROM_ACCOUNT) {
            return linkToSignedInAccount(pending.get(), claims);
        }
        OidcService.Outcome outcome = oidc.signIn(claims, client.address(), client.userAgent());
        if (outcome instanceof OidcService.SignedIn signedIn) {
            sessions.end(currentSessionToken());
            return Response.fromResponse(
                            Flash.redirect(
                                    policies.afterSignIn(signedIn.accountId(), "/account"),
                                    Flash.Message.SIGNED_IN))
                    .cookie(sessions.cookie(signedIn.sessionToken()), pendingCookie.expired())
                    .build();
        }
        if (outcome instanceof OidcService.SecondFactorRequired secondFactor) {
            sessions.end(currentSessionToken());
            return Response.seeOther(URI.create("/login/two-factor?next=%2Faccount"))
                    .cookie(sessions.cookie(secondFactor.pendingToken()), pendingCookie.expired())
                    .build();
        }
        if (outcome instanceof OidcService.Refused) {
            return Response.status(FORBIDDEN)
                    .entity(Templates.refused(messages.of(OidcMessages.class).refused_closed()))
                    .cookie(pendingCookie.expired())
                    .build();
        }
        PendingIdentity.Purpose next =
                outcome instanceof OidcService.LinkByPassword
                        ? PendingIdentity.Purpose.LINK_BY_PASSWORD
                        : PendingIdentity.Purpose.SIGN_UP;
        PendingIdentity identity =
                new PendingIdentity(
                        next,
                        claims.issuer(),
                        claims.subject(),
                        claims.email(),
                        claims.emailVerified(),
                        claims.firstName(),
                        claims.lastName(),
                        claims.locale(),
                        null,
                        pendingCookie.expiry());
        String page =
                next == PendingIdentity.Purpose.LINK_BY_PASSWORD ? "/oidc/link" : "/oidc/signup";
        return Response.seeOther(URI.create(page)).cookie(pendingCookie.of(identity)).build();
    }

    /**
     * The provider answered a link started from the security page: the same account must still be
     * signed in.
     */
    private Response linkToSignedInAccount(PendingIdentity pending, Claims claims) {
        Optional<SessionService.ActiveSession> session =
                Optional.ofNullable(currentSessionToken()).flatMap(sessions::resume);
        NewCookie clear = pendingCookie.expired();
        if (session.isEmpty() || !session.get().account().id.equals(pending.accountId())) {
            return Response.status(FORBIDDEN)
                    .entity(
                            Templates.refused(
                                    messages.of(OidcMessages.class).refused_link_expired()))
                    .cookie(clear)
                    .build();
        }
        return switch (oidc.link(
                pending.accountId(),
                claims.issuer(),
                claims.subject(),
                claims.email(),
                client.address(),
                client.userAgent())) {
            case LINKED ->
                    Response.fromResponse(
                                    Flash.redirect(
                                            "/account/security", Flash.Message.IDENTITY_LINKED))
                            .cookie(clear)
                            .build();
            case ALREADY_LINKED_HERE ->
                    Response.fromResponse(
                                    Flash.redirect(
                                            "/account/security", Flash.Message.IDENTITY_LINKED))
                            .cookie(clear)
                            .build();
            case LINKED_TO_ANOTHER_ACCOUNT ->
                    Response.status(FORBIDDEN)
                            .entity(
                                    Templates.refused(
                                            messages.of(OidcMessages.class)
                                                    .refused_linked_elsewhere(
                                                            config.displayName())))
                            .cookie(clear)
                            .build();
        };
    }

    private String currentSessionToken() {
        Cookie cookie = request.getCookie(sessions.cookieName());
        return cookie == null ? null : cookie.getValue();
    }
}
