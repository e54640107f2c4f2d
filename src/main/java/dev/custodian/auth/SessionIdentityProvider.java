package dev.custodian.auth;

import dev.custodian.account.Account;
import dev.custodian.web.PageContext;
import dev.custodian.web.RequestLocale;
import dev.custodian.web.SignedIn;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns a session token into the signed-in account's identity, with its roles. */
@Singleton
class SessionIdentityProvider implements IdentityProvider<SessionTokenRequest> {

    private final SessionService sessions;
    private final Set<String> adminEmails;

    /**
     * {@code custodian.admin-emails} names the first admins: a verified account with one of these
     * addresses has the admin role, whatever its stored roles say.
     */
    SessionIdentityProvider(SessionService sessions, AuthConfig config) {
        this.sessions = sessions;
        this.adminEmails =
                config.adminEmails().orElse(List.of()).stream()
                        .map(Account::normalizeEmail)
                        .collect(Collectors.toSet());
    }

    @Override
    public Class<SessionTokenRequest> getRequestType() {
        return SessionTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            SessionTokenRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(
                () ->
                        sessions.resume(request.token())
                                .map(this::identity)
                                .orElseThrow(AuthenticationFailedException::new));
    }

    private SecurityIdentity identity(SessionService.ActiveSession active) {
        Account account = active.account();
        QuarkusSecurityIdentity.Builder builder =
                QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(account.id.toString()))
                        .addRoles(account.roleSet())
                        .addAttribute(SignedIn.SESSION_ID, active.session().id)
                        .addAttribute(PageContext.FIRST_NAME_ATTRIBUTE, active.account().firstName)
                        .addAttribute(
                                PageContext.EMAIL_VERIFIED_ATTRIBUTE,
                                active.account().emailVerifiedAt != null)
                        .addAttribute(SignedIn.AUTHENTICATED_AT, active.session().authenticatedAt);
        if (account.emailVerifiedAt != null && adminEmails.contains(account.emailNormalized)) {
            builder.addRole("admin");
        }
        if (active.account().locale != null) {
            builder.addAttribute(RequestLocale.LOCALE_ATTRIBUTE, active.account().locale);
        }
        if (account.optOutSignalAt != null) {
            builder.addAttribute(SignedIn.OPT_OUT_SIGNAL_AT, account.optOutSignalAt);
        }
        return builder.build();
    }
}
