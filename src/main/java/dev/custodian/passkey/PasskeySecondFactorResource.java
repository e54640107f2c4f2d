package dev.custodian.passkey;

import dev.custodian.auth.SessionService;
import dev.custodian.auth.UserSession;
import dev.custodian.web.Messages;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * WebAuthn's options for the passkey button of the sign-in's second step, in place of a code; the
 * answer goes with that page's form (SecondFactorResource).
 */
@Path("/login/two-factor/passkey-options")
public class PasskeySecondFactorResource {

    @Inject ProofOptions options;

    @Inject SessionService sessions;

    @Inject Messages messages;

    @Inject HttpServerRequest request;

    /** Options listing the account's passkeys, bound to the sign-in waiting for them (JSON). */
    @POST
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public Response secondFactor() {
        Cookie cookie = request.getCookie(sessions.cookieName());
        Optional<UserSession> pending =
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        sessions.resumePending(
                                                cookie == null ? null : cookie.getValue()));
        if (pending.isEmpty()) {
            return Problems.of(
                    Response.Status.NOT_FOUND,
                    messages.of(PasskeyMessages.class).error_no_passkey());
        }
        return options.answer(pending.get().accountId, pending.get().id);
    }
}
