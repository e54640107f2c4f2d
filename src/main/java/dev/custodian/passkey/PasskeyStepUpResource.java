package dev.custodian.passkey;

import dev.custodian.web.SignedIn;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * WebAuthn's options for the step-up page's passkey button; the answer goes with the step-up form
 * (StepUpResource), which checks it through {@link dev.custodian.auth.PasskeyProof}.
 */
@Path("/account/step-up/passkey-options")
@Authenticated
public class PasskeyStepUpResource {

    @Inject ProofOptions options;

    @Inject SignedIn signedIn;

    /** Options listing the account's passkeys, bound to this session (JSON). */
    @POST
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public Response options() {
        return options.answer(signedIn.accountId(), signedIn.sessionId());
    }
}
