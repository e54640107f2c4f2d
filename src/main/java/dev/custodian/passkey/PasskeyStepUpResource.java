package dev.custodian.passkey;

import dev.custodian.auth.RateLimiter;
import dev.custodian.web.Messages;
import dev.custodian.web.SignedIn;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;

/**
 * WebAuthn's options for the step-up page's passkey button; the answer goes with the step-up form
 * (StepUpResource), which checks it through {@link dev.custodian.auth.PasskeyProof}.
 */
@Path("/account/step-up/passkey-options")
@Authenticated
public class PasskeyStepUpResource {

    /** Three times the step-up's tries: a user may cancel the browser's prompt and try again. */
    private static final int OPTIONS_PER_FIVE_MINUTES = 15;

    @Inject PasskeyService passkeys;

    @Inject RateLimiter rateLimiter;

    @Inject SignedIn signedIn;

    @Inject Messages messages;

    /** Options listing the account's passkeys, bound to this session (JSON). */
    @POST
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public Response options() {
        if (!passkeys.has(signedIn.accountId())) {
            return Problems.of(
                    Response.Status.NOT_FOUND,
                    messages.of(PasskeyMessages.class).error_no_passkey());
        }
        return Problems.options(
                () -> {
                    rateLimiter.consume(
                            "passkey-step-up:" + signedIn.accountId(),
                            OPTIONS_PER_FIVE_MINUTES,
                            Duration.ofMinutes(5));
                    return passkeys.stepUpOptions(signedIn.accountId(), signedIn.sessionId());
                },
                messages.of(PasskeyMessages.class).error_too_many());
    }
}
