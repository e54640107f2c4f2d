package dev.custodian.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Reads the session cookie. No cookie, or a dead session, is an anonymous visitor; a page that
 * needs a signed-in user sends them to sign in and brings them back afterwards.
 */
@Singleton
class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    private final SessionService sessions;

    SessionAuthenticationMechanism(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            RoutingContext context, IdentityProviderManager identityProviderManager) {
        Cookie cookie = context.request().getCookie(sessions.cookieName());
        if (cookie == null || cookie.getValue().isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        return identityProviderManager
                .authenticate(new SessionTokenRequest(cookie.getValue()))
                .onFailure(AuthenticationFailedException.class)
                .recoverWithNull();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        String location = "/login";
        // Only a page the user was looking at is worth coming back to, never a form submission.
        if (context.request().method() == HttpMethod.GET) {
            location +=
                    "?next=" + URLEncoder.encode(context.request().uri(), StandardCharsets.UTF_8);
        }
        return Uni.createFrom().item(new ChallengeData(303, "Location", location));
    }

    /**
     * Ahead of quarkus-oidc's code flow mechanism, which guards only /login/oidc (by path):
     * everywhere else the challenge is this one's, the sign-in page, not a trip to the provider.
     */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionTokenRequest.class);
    }
}
