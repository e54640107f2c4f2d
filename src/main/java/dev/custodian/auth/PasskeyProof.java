package dev.custodian.auth;

import java.util.UUID;

/**
 * A passkey as step-up uses it. {@code passkey} implements it, so that {@code auth}, which that
 * package needs for sessions, sign-in and step-up, does not depend on it back.
 */
public interface PasskeyProof {

    /** Whether the account has a passkey it could step up with. */
    boolean has(UUID accountId);

    /**
     * Whether {@code assertionJson} (the browser's answer, as WebAuthn's JSON) proves the account's
     * owner is here: one of its passkeys, with user verification, over a challenge this session
     * asked for. A passkey so verified is phishing-resistant multi-factor: no code is asked after
     * it.
     */
    boolean verify(UUID accountId, UUID sessionId, String assertionJson);

    /**
     * The account's WebAuthn user handle when it has passkeys, for a page to tell the browser that
     * none of them is accepted any more (the account closed); null when it has none.
     */
    String userHandleIfAny(UUID accountId);
}
