package dev.custodian.auth;

import dev.custodian.account.EmailAddresses;
import dev.custodian.web.ClientInfo;
import dev.custodian.web.Flash;
import dev.custodian.web.LocalPath;
import dev.custodian.web.Messages;
import dev.custodian.web.TooManyRequestsException;
import dev.custodian.web.WithScript;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    private static final String AFTER_SIGN_IN = "/account";
    private static final int MAX_PASSWORD = 1024;
    private static final int TOO_MANY_REQUESTS = 429;

    /** A WebAuthn credential id as base64url (at most 1023 bytes). */
    private static final Pattern CREDENTIAL_ID = Pattern.compile("[A-Za-z0-9_-]{16,1400}");

    @CheckedTemplate(basePath = "auth/LoginResource")
    static class Templates {
        /**
         * {@code error} is null on first display; {@code forget}, a passkey's id that this site
         * does not hold, for the page's script to tell the browser (or null).
         */
        static native TemplateInstance form(String email, String next, String error, String forget);

        static native TemplateInstance signedOut();
    }

    @Inject LoginService logins;

    @Inject SessionService sessions;

    @Inject Messages messages;

    @Inject ClientInfo client;

    @Inject HttpServerRequest request;

    @Inject SignInLanding policies;

    /**
     * The sign-in form; {@code next} is where the user was going, {@code passkey} what a passkey
     * sign-in came to when it failed, {@code forget} the passkey the site does not hold.
     */
    @GET
    @Path("login")
    @WithScript
    public TemplateInstance form(
            @RestQuery String next, @RestQuery String passkey, @RestQuery String forget) {
        AuthMessages texts = messages.of(AuthMessages.class);
        String error =
                "refused".equals(passkey)
                        ? texts.login_passkey_refused()
                        : "wait".equals(passkey) ? texts.login_passkey_wait() : null;
        return Templates.form(
                "",
                LocalPath.orElse(next, AFTER_SIGN_IN),
                error,
                forget != null && CREDENTIAL_ID.matcher(forget).matches() ? forget : null);
    }

    /**
     * Signs in and goes on to where the user was going, or says that email or password is wrong.
     */
    @POST
    @Path("login")
    @WithScript
    public Response signIn(@BeanParam LoginForm form) {
        String next = LocalPath.orElse(form.next, AFTER_SIGN_IN);
        String email = form.email == null ? "" : form.email.strip();
        String password = form.password == null ? "" : form.password;
        if (email.isEmpty()
                || password.isEmpty()
                || email.length() > EmailAddresses.MAX_LENGTH
                || password.length() > MAX_PASSWORD) {
            return refused(email, next, messages.of(AuthMessages.class).login_wrong());
        }
        LoginService.Outcome outcome;
        try {
            outcome =
                    logins.signIn(
                            email,
                            password,
                            client.rateLimitKey(),
                            client.address(),
                            client.userAgent());
        } catch (TooManyRequestsException wait) {
            // the form again, with what was typed and how long to wait, rather than a bare error
            // page
            return Response.status(TOO_MANY_REQUESTS)
                    .header("Retry-After", wait.retryAfterSeconds())
                    .entity(
                            Templates.form(
                                    email.length() > EmailAddresses.MAX_LENGTH ? "" : email,
                                    next,
                                    messages.of(AuthMessages.class)
                                            .login_wait(wait.retryAfterSeconds()),
                                    null))
                    .build();
        }
        if (outcome instanceof LoginService.SecondFactorRequired pending) {
            sessions.end(currentToken());
            return Response.seeOther(
                            URI.create(
                                    "/login/two-factor?next="
                                            + URLEncoder.encode(next, StandardCharsets.UTF_8)))
                    .cookie(sessions.cookie(pending.pendingToken()))
                    .build();
        }
        if (outcome instanceof LoginService.Success success) {
            sessions.end(currentToken());
            return Response.fromResponse(
                            Flash.redirect(
                                    policies.afterSignIn(success.accountId(), next),
                                    Flash.Message.SIGNED_IN))
                    .cookie(sessions.cookie(success.sessionToken()))
                    .build();
        }
        return refused(email, next, messages.of(AuthMessages.class).login_wrong());
    }

    /** Ends this browser's session and asks the browser to forget what the site stored. */
    @POST
    @Path("logout")
    public Response signOut() {
        sessions.signOut(currentToken(), client.address(), client.userAgent());
        // Not "cookies": the session cookie is expired by name, and the browser's answers that are
        // not the account's (the language, the analytics choice) stay, so they are not asked again.
        return Response.seeOther(URI.create("/signed-out"))
                .cookie(sessions.expiredCookie())
                .header("Clear-Site-Data", "\"cache\", \"storage\"")
                .build();
    }

    /** Confirms that the user is signed out. */
    @GET
    @Path("signed-out")
    public TemplateInstance signedOut() {
        return Templates.signedOut();
    }

    private Response refused(String email, String next, String error) {
        return Response.status(Response.Status.UNAUTHORIZED)
                .entity(
                        Templates.form(
                                email.length() > EmailAddresses.MAX_LENGTH ? "" : email,
                                next,
                                error,
                                null))
                .build();
    }

    private String currentToken() {
        Cookie cookie = request.getCookie(sessions.cookieName());
        return cookie == null ? null : cookie.getValue();
    }
}
