package dev.custodian.auth;

import dev.custodian.account.Account;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;

/**
 * The account of this request's session. Resources take ownership from here, never from a form
 * field or a path id.
 */
@RequestScoped
public class SignedIn {

    @Inject SecurityIdentity identity;

    /**
     * A Custodian session, not any identity: on the provider's callback (/login/oidc) the identity
     * is quarkus-oidc's, whose principal is the provider's user name, not an account id.
     */
    public boolean present() {
        return !identity.isAnonymous()
                && identity.getAttribute(SessionIdentityProvider.SESSION_ID) != null;
    }

    public UUID accountId() {
        return UUID.fromString(identity.getPrincipal().getName());
    }

    public UUID sessionId() {
        return identity.getAttribute(SessionIdentityProvider.SESSION_ID);
    }

    /** When the user last proved who they are in this session (sign-in or step-up). */
    public Instant authenticatedAt() {
        return identity.getAttribute(SessionIdentityProvider.AUTHENTICATED_AT);
    }

    public Account account() {
        return Account.findById(accountId());
    }
}
