package dev.custodian.auth;

import java.util.UUID;

/**
 * Where a successful sign-in lands. {@code privacy} answers (the acceptance page first while a
 * rights-reducing policy version waits), so that {@code auth} does not depend on it.
 */
public interface SignInLanding {

    /** The page to send the account to instead of {@code next}, or {@code next} itself. */
    String afterSignIn(UUID accountId, String next);
}
