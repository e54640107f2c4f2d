package dev.custodian.auth;

import dev.custodian.account.Account;
import dev.custodian.account.AccountMails;
import dev.custodian.activity.ActivityLog;
import dev.custodian.activity.EventType;
import dev.custodian.privacy.PolicyAcceptances;
import dev.custodian.twofactor.TwoFactorService;
import dev.custodian.web.ClientInfo;
import dev.custodian.web.Flash;
import dev.custodian.web.LocalPath;
import dev.custodian.web.Messages;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** The second step of signing in, for accounts with an authenticator app. */
@Path("/login/two-factor")
@Produces(MediaType.TEXT_HTML)
public class SecondFactorResource {

    static final int MAX_WRONG_CODES = 5;
    private static final int UNPROCESSABLE = 422;

    @CheckedTemplate(basePath = "auth/SecondFactorResource")
    static class Templates {
        static native TemplateInstance code(String next, String error);
    }

    @Inject PolicyAcceptances policies;

    @Inject SessionService sessions;

    @Inject TwoFactorService twoFactor;

    @Inject LoginService logins;

    @Inject ActivityLog activity;

    @Inject AccountMails mails;

    @Inject Messages messages;

    @Inject ClientInfo client;

    @Inject HttpServerRequest request;

    @Inject Clock clock;

    /** Asks for a code from the authenticator app, or a recovery code. */
    @GET
    public Response form(@RestQuery String next) {
        if (QuarkusTransaction.requiringNew().call(() -> pending().isEmpty())) {
            return Response.seeOther(URI.create("/login")).build();
        }
        return Response.ok(Templates.code(LocalPath.orElse(next, "/account"), null)).build();
    }

    /** What one code attempt came to. */
    private record Attempt(String fullSessionToken, boolean blocked) {}

    /** Completes the sign-in with a right code; five wrong ones end the attempt. */
    @POST
    public Response verify(@RestForm String code, @RestForm String next) {
        String target = LocalPath.orElse(next, "/account");
        Optional<UserSession> pending = QuarkusTransaction.requiringNew().call(this::pending);
        if (pending.isEmpty()) {
            return Response.seeOther(URI.create("/login")).build();
        }
        if (code == null || code.isBlank()) {
            // nothing was guessed: no attempt is counted
            return Response.status(UNPROCESSABLE)
                    .entity(Templates.code(target, messages.web().two_factor_code_required()))
                    .build();
        }
        UUID accountId = pending.get().accountId;
        UUID sessionId = pending.get().id;
        // beyond the five per sign-in
        logins.takeCodeTry(accountId);
        Attempt attempt =
                QuarkusTransaction.requiringNew().call(() -> attempt(sessionId, accountId, code));
        if (attempt == null) {
            return Response.seeOther(URI.create("/login")).build();
        }
        if (attempt.fullSessionToken() != null) {
            return Response.fromResponse(
                            Flash.redirect(
                                    policies.afterSignIn(accountId, target),
                                    Flash.Message.SIGNED_IN))
                    .cookie(sessions.cookie(attempt.fullSessionToken()))
                    .build();
        }
        if (attempt.blocked()) {
            return Response.status(Response.Status.UNAUTHORIZED)
                    .cookie(sessions.expiredCookie())
                    .entity(
                            LoginResource.Templates.form(
                                    "",
                                    target,
                                    messages.of(AuthMessages.class).two_factor_blocked()))
                    .build();
        }
        return Response.status(Response.Status.UNAUTHORIZED)
                .entity(
                        Templates.code(
                                target, messages.of(AuthMessages.class).two_factor_wrong_code()))
                .build();
    }

    /**
     * One attempt, in one transaction: it is counted first, under the session row's lock, so that
     * parallel guesses queue and none gets past the fifth; then the code is checked and the sign-in
     * completed, or the session dropped at the fifth wrong code. Null when the pending sign-in is
     * gone (expired, completed or blocked meanwhile).
     */
    private Attempt attempt(UUID sessionId, UUID accountId, String code) {
        int claimed =
                UserSession.update(
                        "secondFactorFailures = secondFactorFailures + 1 where id = ?1 "
                                + "and pendingSecondFactor = true and expiresAt > ?2 and secondFactorFailures < ?3",
                        sessionId,
                        clock.instant(),
                        MAX_WRONG_CODES);
        if (claimed != 1) {
            return null;
        }
        UserSession session = UserSession.findById(sessionId);
        if (twoFactor.verify(accountId, code, client.address(), client.userAgent())) {
            logins.recordSignIn(Account.findById(accountId), client.address(), client.userAgent());
            return new Attempt(sessions.completeSecondFactor(session), false);
        }
        if (session.secondFactorFailures < MAX_WRONG_CODES) {
            return new Attempt(null, false);
        }
        session.delete();
        Account account = Account.findById(accountId);
        activity.record(
                accountId, EventType.SECOND_FACTOR_BLOCKED, client.address(), client.userAgent());
        mails.secondFactorBlocked(account, clock.instant(), client.address());
        return new Attempt(null, true);
    }

    private Optional<UserSession> pending() {
        Cookie cookie = request.getCookie(sessions.cookieName());
        return sessions.resumePending(cookie == null ? null : cookie.getValue());
    }
}
