package dev.custodian.auth;

import java.util.UUID;

/**
 * A way to sign in besides the password (an identity at a provider, a passkey), as the features
 * that hold them count them, so that removing one can be refused when it is the account's last way
 * in. Each such feature produces one as a CDI bean; {@link SignInMethods} adds them up.
 */
public interface WaysIn {

    /** How many of this kind the account has. */
    long count(UUID accountId);
}
