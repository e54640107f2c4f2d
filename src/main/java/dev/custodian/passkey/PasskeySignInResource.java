package dev.custodian.passkey;

import dev.custodian.auth.AuthConfig;
import dev.custodian.auth.RateLimiter;
import dev.custodian.auth.SessionService;
import dev.custodian.auth.SignInLanding;
import dev.custodian.secrets.Tokens;
import dev.custodian.web.ClientInfo;
import dev.custodian.web.Flash;
import dev.custodian.web.LocalPath;
import dev.custodian.web.Messages;
import dev.custodian.web.TooManyRequestsException;
import dev.custodian.web.WebConfig;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Signing in with a passkey, from the sign-in page's button or its email field's autofill. Before
 * there is a session, the challenge is bound to this browser by a random cookie whose hash is
 * stored with it. Both steps draw on limits per client address, like the password's.
 */
@Path("/login/passkey")
public class PasskeySignInResource {

    private static final String AFTER_SIGN_IN = "/account";
    private static final String BROWSER_COOKIE = "custodian_passkey";

    /** Options are asked for on every sign-in page a browser with autofill shows. */
    private static final int OPTIONS_PER_SIGN_IN = 3;

    @Inject PasskeyService passkeys;

    @Inject SessionService sessions;

    @Inject SignInLanding landing;

    @Inject RateLimiter rateLimiter;

    @Inject AuthConfig auth;

    @Inject WebConfig web;

    @Inject ClientInfo client;

    @Inject Messages messages;

    @Inject HttpServerRequest request;

    /** WebAuthn's options to sign in with any of this site's passkeys (JSON). */
    @POST
    @Path("options")
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public Response options() {
        String browser = Tokens.random();
        Response answer =
                Problems.options(
                        () -> {
                            rateLimiter.consume(
                                    "passkey-options:" + client.rateLimitKey(),
                                    OPTIONS_PER_SIGN_IN
                                            * auth.rateLimit().loginPerAddressPerMinute(),
                                    Duration.ofMinutes(1));
                            return passkeys.signInOptions(Tokens.sha256(browser));
                        },
                        messages.of(PasskeyMessages.class).error_too_many());
        return answer.getStatus() != Response.Status.OK.getStatusCode()
                ? answer
                : Response.fromResponse(answer).cookie(browserCookie(browser, true)).build();
    }

    /**
     * Signs in with the browser's answer and goes on to where the user was going; any failure goes
     * back to the sign-in page with one message, which says nothing of any account.
     */
    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response signIn(@RestForm String response, @RestForm String next) {
        String target = LocalPath.orElse(next, AFTER_SIGN_IN);
        Cookie browser = request.getCookie(BROWSER_COOKIE);
        if (response == null || response.isBlank() || browser == null) {
            return refused(target, null);
        }
        try {
            rateLimiter.consume(
                    "login-address:" + client.rateLimitKey(),
                    auth.rateLimit().loginPerAddressPerMinute(),
                    Duration.ofMinutes(1));
        } catch (TooManyRequestsException wait) {
            return Response.seeOther(loginPage(target, "wait", null)).build();
        }
        PasskeyService.SignIn outcome;
        try {
            outcome =
                    passkeys.signIn(
                            Tokens.sha256(browser.getValue()),
                            response,
                            client.address(),
                            client.userAgent());
        } catch (Ceremonies.Malformed unreadable) {
            return refused(target, null);
        }
        if (outcome instanceof PasskeyService.SignedIn signedIn) {
            Cookie current = request.getCookie(sessions.cookieName());
            sessions.end(current == null ? null : current.getValue());
            return Response.fromResponse(
                            Flash.redirect(
                                    landing.afterSignIn(signedIn.accountId(), target),
                                    Flash.Message.SIGNED_IN))
                    .cookie(sessions.cookie(signedIn.sessionToken()))
                    .cookie(browserCookie("", false))
                    .build();
        }
        return refused(target, ((PasskeyService.Refused) outcome).unknownCredential());
    }

    /**
     * Back to the sign-in page, which says the passkey could not sign in and, for a passkey this
     * site does not hold, tells the browser to forget it.
     */
    private Response refused(String next, String unknownCredential) {
        return Response.seeOther(loginPage(next, "refused", unknownCredential))
                .cookie(browserCookie("", false))
                .build();
    }

    private static URI loginPage(String next, String passkey, String unknownCredential) {
        StringBuilder uri =
                new StringBuilder("/login?next=")
                        .append(URLEncoder.encode(next, StandardCharsets.UTF_8))
                        .append("&passkey=")
                        .append(passkey);
        if (unknownCredential != null) {
            uri.append("&forget=").append(unknownCredential);
        }
        return URI.create(uri.toString());
    }

    /** Only this path sees it, only for the challenge's lifetime, never from another site. */
    private NewCookie browserCookie(String value, boolean live) {
        return new NewCookie.Builder(BROWSER_COOKIE)
                .value(value)
                .path("/login/passkey")
                .httpOnly(true)
                .secure(web.session().secureCookie())
                .sameSite(NewCookie.SameSite.STRICT)
                .maxAge(live ? (int) PasskeyService.CHALLENGE_LIFETIME.toSeconds() : 0)
                .build();
    }
}
