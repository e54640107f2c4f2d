package dev.custodian.auth;

import dev.custodian.account.Account;
import dev.custodian.account.AccountMails;
import dev.custodian.activity.ActivityLog;
import dev.custodian.activity.EventType;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** The second step of signing in, for accounts with an authenticator app. */
@Path("/login/two-factor")
@Produces(MediaType.TEXT_HTML)
public class SecondFactorResource {

    static final int MAX_WRONG_CODES = 5;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance code(String next, String error);
    }

    @Inject
    SessionService sessions;

    @Inject
    TwoFactorService twoFactor;

    @Inject
    LoginService logins;

    @Inject
    ActivityLog activity;

    @Inject
    AccountMails mails;

    @Inject
    Messages messages;

    @Inject
    ClientInfo client;

    @Inject
    HttpServerRequest request;

    @Inject
    Clock clock;

    /** Asks for a code from the authenticator app, or a recovery code. */
    @GET
    public Response form(@RestQuery String next) {
        if (QuarkusTransaction.requiringNew().call(() -> pending().isEmpty())) {
            return Response.seeOther(URI.create("/login")).build();
        }
        return Response.ok(Templates.code(LocalPath.orElse(next, "/account"), null)).build();
    }

    /** Completes the sign-in with a right code; five wrong ones end the attempt. */
    @POST
    public Response verify(@RestForm String code, @RestForm String next) {
        String target = LocalPath.orElse(next, "/account");
        Optional<UserSession> pending = QuarkusTransaction.requiringNew().call(this::pending);
        if (pending.isEmpty()) {
            return Response.seeOther(URI.create("/login")).build();
        }
        UserSession session = pending.get();
        if (twoFactor.verify(session.accountId, code, client.address(), client.userAgent())) {
            String token = QuarkusTransaction.requiringNew().call(() -> {
                logins.recordSignIn(Account.findById(session.accountId), client.address(), client.userAgent());
                return sessions.completeSecondFactor(UserSession.findById(session.id));
            });
            return Response.fromResponse(Flash.redirect(target, Flash.Message.SIGNED_IN))
                    .cookie(sessions.cookie(token)).build();
        }
        boolean blocked = QuarkusTransaction.requiringNew().call(() -> recordWrongCode(session.id));
        if (blocked) {
            return Response.status(Response.Status.UNAUTHORIZED).cookie(sessions.expiredCookie())
                    .entity(LoginResource.Templates.form("", target, messages.bundle().two_factor_blocked())).build();
        }
        return Response.status(Response.Status.UNAUTHORIZED)
                .entity(Templates.code(target, messages.bundle().two_factor_wrong_code())).build();
    }

    /** Counts a wrong code; at the fifth the pending sign-in is dropped and the owner told. */
    private boolean recordWrongCode(java.util.UUID sessionId) {
        UserSession session = UserSession.findById(sessionId);
        session.secondFactorFailures++;
        if (session.secondFactorFailures < MAX_WRONG_CODES) {
            return false;
        }
        session.delete();
        Account account = Account.findById(session.accountId);
        activity.record(account.id, EventType.SECOND_FACTOR_BLOCKED, client.address(), client.userAgent());
        mails.secondFactorBlocked(account, clock.instant(), client.address());
        return true;
    }

    private Optional<UserSession> pending() {
        Cookie cookie = request.getCookie(sessions.cookieName());
        return sessions.resumePending(cookie == null ? null : cookie.getValue());
    }
}
