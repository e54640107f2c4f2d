package dev.custodian.passkey;

import dev.custodian.auth.RateLimiter;
import dev.custodian.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.UUID;

/**
 * WebAuthn's options for proving it is the account's owner with one of its passkeys (step-up, or
 * the sign-in's second step), bound to the session that asks, as the options endpoints answer them.
 */
@RequestScoped
class ProofOptions {

    /** Three times the step-up's tries: a user may cancel the browser's prompt and try again. */
    private static final int PER_FIVE_MINUTES = 15;

    @Inject PasskeyService passkeys;

    @Inject RateLimiter rateLimiter;

    @Inject Messages messages;

    Response answer(UUID accountId, UUID sessionId) {
        if (!passkeys.has(accountId)) {
            return Problems.of(
                    Response.Status.NOT_FOUND,
                    messages.of(PasskeyMessages.class).error_no_passkey());
        }
        return Problems.options(
                () -> {
                    rateLimiter.consume(
                            "passkey-step-up:" + accountId,
                            PER_FIVE_MINUTES,
                            Duration.ofMinutes(5));
                    return passkeys.stepUpOptions(accountId, sessionId);
                },
                messages.of(PasskeyMessages.class).error_too_many());
    }
}
