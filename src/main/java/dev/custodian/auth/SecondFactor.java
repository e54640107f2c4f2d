package dev.custodian.auth;

import java.util.UUID;

/**
 * The second factor as signing in and step-up use it. {@code twofactor} implements it, so that
 * {@code auth}, which that package needs for sessions and step-up, does not depend on it back.
 */
public interface SecondFactor {

    /** Whether the account is asked for a code after its password. */
    boolean isEnrolled(UUID accountId);

    /**
     * Whether {@code code} is the account's current code or an unused recovery code (then spent); a
     * wrong one counts towards the authenticator's cap of consecutive failures.
     */
    boolean verify(UUID accountId, String code, String ip, String userAgent);
}
