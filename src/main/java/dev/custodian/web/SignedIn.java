package dev.custodian.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;

/**
 * The account of this request's session. Resources take ownership from here, never from a form
 * field or a path id. {@code auth} builds the identity (its session mechanism and identity
 * provider) with the attributes named here; every feature reads it through this class.
 */
@RequestScoped
public class SignedIn {

    /** Identity attribute: the Custodian session's id. */
    public static final String SESSION_ID = "sessionId";

    /** Identity attribute: when the user last proved who they are in this session. */
    public static final String AUTHENTICATED_AT = "authenticatedAt";

    /** Identity attribute: when the account's opt-out preference signal was honoured, if it was. */
    public static final String OPT_OUT_SIGNAL_AT = "optOutSignalAt";

    @Inject SecurityIdentity identity;

    /**
     * A Custodian session, not any identity: on the provider's callback (/login/oidc) the identity
     * is quarkus-oidc's, whose principal is the provider's user name, not an account id.
     */
    public boolean present() {
        return !identity.isAnonymous() && identity.getAttribute(SESSION_ID) != null;
    }

    public UUID accountId() {
        return UUID.fromString(identity.getPrincipal().getName());
    }

    public UUID sessionId() {
        return identity.getAttribute(SESSION_ID);
    }

    /** When the user last proved who they are in this session (sign-in or step-up). */
    public Instant authenticatedAt() {
        return identity.getAttribute(AUTHENTICATED_AT);
    }
}
