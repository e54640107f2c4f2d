package dev.custodian.auth;

import dev.custodian.web.ClientInfo;
import dev.custodian.web.Flash;
import dev.custodian.web.LocalPath;
import dev.custodian.web.Messages;
import dev.custodian.web.WithScript;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** The second step of signing in, for accounts with an authenticator app. */
@Path("/login/two-factor")
@Produces(MediaType.TEXT_HTML)
public class SecondFactorResource {

    private static final int UNPROCESSABLE = 422;

    @CheckedTemplate(basePath = "auth/SecondFactorResource")
    static class Templates {
        static native TemplateInstance code(String next, boolean passkey, String error);
    }

    @Inject SecondFactorService secondFactor;

    @Inject SignInLanding policies;

    @Inject SessionService sessions;

    @Inject Messages messages;

    @Inject ClientInfo client;

    @Inject HttpServerRequest request;

    /** Asks for a code from the authenticator app, or a recovery code. */
    @GET
    @WithScript
    public Response form(@RestQuery String next) {
        Optional<UserSession> pending = secondFactor.pending(pendingToken());
        if (pending.isEmpty()) {
            return Response.seeOther(URI.create("/login")).build();
        }
        return Response.ok(
                        Templates.code(
                                LocalPath.orElse(next, "/account"),
                                secondFactor.passkeyPossible(pending.get()),
                                null))
                .build();
    }

    /** Completes the sign-in with a right code; five wrong ones end the attempt. */
    @POST
    @WithScript
    public Response verify(@RestForm String code, @RestForm String passkey, @RestForm String next) {
        String target = LocalPath.orElse(next, "/account");
        SecondFactorService.Outcome outcome =
                passkey != null && !passkey.isBlank()
                        ? secondFactor.verifyPasskey(
                                pendingToken(), passkey, client.address(), client.userAgent())
                        : secondFactor.verify(
                                pendingToken(), code, client.address(), client.userAgent());
        if (outcome instanceof SecondFactorService.NoPendingSignIn) {
            return Response.seeOther(URI.create("/login")).build();
        }
        if (outcome instanceof SecondFactorService.CodeMissing) {
            // nothing was guessed: no attempt is counted
            return Response.status(UNPROCESSABLE)
                    .entity(
                            Templates.code(
                                    target,
                                    passkeyPossible(),
                                    messages.web().two_factor_code_required()))
                    .build();
        }
        if (outcome instanceof SecondFactorService.SignedIn signedIn) {
            return Response.fromResponse(
                            Flash.redirect(
                                    policies.afterSignIn(signedIn.accountId(), target),
                                    Flash.Message.SIGNED_IN))
                    .cookie(sessions.cookie(signedIn.sessionToken()))
                    .build();
        }
        if (outcome instanceof SecondFactorService.Blocked) {
            return Response.status(Response.Status.UNAUTHORIZED)
                    .cookie(sessions.expiredCookie())
                    .entity(
                            LoginResource.Templates.form(
                                    "",
                                    target,
                                    messages.of(AuthMessages.class).two_factor_blocked(),
                                    null))
                    .build();
        }
        return Response.status(Response.Status.UNAUTHORIZED)
                .entity(
                        Templates.code(
                                target,
                                passkeyPossible(),
                                passkey != null && !passkey.isBlank()
                                        ? messages.web().step_up_passkey_wrong()
                                        : messages.of(AuthMessages.class).two_factor_wrong_code()))
                .build();
    }

    private boolean passkeyPossible() {
        return secondFactor
                .pending(pendingToken())
                .map(secondFactor::passkeyPossible)
                .orElse(false);
    }

    private String pendingToken() {
        Cookie cookie = request.getCookie(sessions.cookieName());
        return cookie == null ? null : cookie.getValue();
    }
}
