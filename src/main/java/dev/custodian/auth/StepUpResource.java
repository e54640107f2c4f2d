package dev.custodian.auth;

import dev.custodian.web.ClientInfo;
import dev.custodian.web.LocalPath;
import dev.custodian.web.Messages;
import dev.custodian.web.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Path("/account/step-up")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class StepUpResource {

    private static final int TRIES_PER_FIVE_MINUTES = 5;
    private static final int UNPROCESSABLE = 422;
    private static final String CARRY_PREFIX = "carry.";

    @CheckedTemplate(basePath = "auth/StepUpResource")
    static class Templates {
        static native TemplateInstance proceed(String action, List<StepUp.Carried> carried);
    }

    @Inject StepUp stepUp;

    @Inject SignedIn signedIn;

    @Inject LoginService logins;

    @Inject SecondFactor twoFactor;

    @Inject PasskeyProof passkeys;

    @Inject SessionService sessions;

    @Inject RateLimiter rateLimiter;

    @Inject Messages messages;

    @Inject ClientInfo client;

    /**
     * Checks the password (and the code, when two-factor is on) or a passkey, then offers to
     * continue the action with what was typed. A wrong answer shows the form again.
     */
    @POST
    public Response confirm(MultivaluedMap<String, String> form) {
        String action = LocalPath.orElse(form.getFirst("action"), "/account");
        Map<String, String> carried = new LinkedHashMap<>();
        form.forEach(
                (name, values) -> {
                    if (name.startsWith(CARRY_PREFIX) && !values.isEmpty()) {
                        carried.put(name.substring(CARRY_PREFIX.length()), values.get(0));
                    }
                });
        String passkey = form.getFirst("passkey");
        if (passkey != null && !passkey.isBlank()) {
            return withPasskey(action, carried, passkey);
        }
        String code = form.getFirst("code");
        if ((code == null || code.isBlank()) && twoFactor.isEnrolled(signedIn.accountId())) {
            // nothing was guessed: no try is spent
            return stepUp.page(
                    action,
                    StepUp.carry(carried),
                    messages.web().two_factor_code_required(),
                    UNPROCESSABLE);
        }
        rateLimiter.consume(
                "step-up:" + signedIn.accountId(), TRIES_PER_FIVE_MINUTES, Duration.ofMinutes(5));
        if (!logins.reverify(
                signedIn.accountId(),
                form.getFirst("password"),
                form.getFirst("code"),
                client.address(),
                client.userAgent())) {
            return stepUp.page(
                    action,
                    StepUp.carry(carried),
                    messages.web().step_up_wrong(),
                    Response.Status.UNAUTHORIZED.getStatusCode());
        }
        return proceed(action, carried);
    }

    /**
     * A passkey's answer, which the page's script put in the form: user-verified, it stands for the
     * password and the code. It draws on the same tries as the password.
     */
    private Response withPasskey(String action, Map<String, String> carried, String assertion) {
        rateLimiter.consume(
                "step-up:" + signedIn.accountId(), TRIES_PER_FIVE_MINUTES, Duration.ofMinutes(5));
        if (!passkeys.verify(signedIn.accountId(), signedIn.sessionId(), assertion)) {
            return stepUp.page(
                    action,
                    StepUp.carry(carried),
                    messages.web().step_up_passkey_wrong(),
                    Response.Status.UNAUTHORIZED.getStatusCode());
        }
        return proceed(action, carried);
    }

    private Response proceed(String action, Map<String, String> carried) {
        sessions.steppedUp(
                signedIn.sessionId(), signedIn.accountId(), client.address(), client.userAgent());
        return Response.ok(Templates.proceed(action, StepUp.carry(carried))).build();
    }
}
