package dev.custodian.auth;

import dev.custodian.web.PageContext;
import dev.custodian.web.RequestLocale;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;

/** Turns a session token into the signed-in account's identity, with its roles. */
@Singleton
class SessionIdentityProvider implements IdentityProvider<SessionTokenRequest> {

    static final String SESSION_ID = "sessionId";
    static final String AUTHENTICATED_AT = "authenticatedAt";

    private final SessionService sessions;

    SessionIdentityProvider(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public Class<SessionTokenRequest> getRequestType() {
        return SessionTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionTokenRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> sessions.resume(request.token())
                .map(SessionIdentityProvider::identity)
                .orElseThrow(AuthenticationFailedException::new));
    }

    private static SecurityIdentity identity(SessionService.ActiveSession active) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(active.account().id.toString()))
                .addRoles(active.account().roleSet())
                .addAttribute(SESSION_ID, active.session().id)
                .addAttribute(PageContext.FIRST_NAME_ATTRIBUTE, active.account().firstName)
                .addAttribute(PageContext.EMAIL_VERIFIED_ATTRIBUTE, active.account().emailVerifiedAt != null)
                .addAttribute(AUTHENTICATED_AT, active.session().authenticatedAt);
        if (active.account().locale != null) {
            builder.addAttribute(RequestLocale.LOCALE_ATTRIBUTE, active.account().locale);
        }
        return builder.build();
    }
}
