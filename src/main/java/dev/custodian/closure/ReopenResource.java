package dev.custodian.closure;

import dev.custodian.auth.RateLimiter;
import dev.custodian.manifest.Manifest;
import dev.custodian.twofactor.TwoFactorService;
import dev.custodian.web.ClientInfo;
import dev.custodian.web.Flash;
import dev.custodian.web.HtmlPages;
import dev.custodian.web.Messages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The link in the closure mail: for 30 days, the owner can reopen a closed account with its
 * password (and code): the step-up a closed account, which cannot sign in, can give.
 */
@Path("/reopen")
@Produces(MediaType.TEXT_HTML)
public class ReopenResource {

    private static final int TRIES_PER_QUARTER_HOUR = 10;
    private static final int UNPROCESSABLE = 422;

    @CheckedTemplate(basePath = "closure/ReopenResource")
    static class Templates {
        static native TemplateInstance form(String token, boolean needsCode, String error);

        static native TemplateInstance invalid();
    }

    @Inject ClosureService closure;

    @Inject TwoFactorService twoFactor;

    @Inject RateLimiter rateLimiter;

    @Inject Messages messages;

    @Inject ClientInfo client;

    @Inject Manifest manifest;

    /** A company that offers no reopening has no reopening page. */
    private void offered() {
        if (manifest.closure().reopenDays() == 0) {
            throw new NotFoundException();
        }
    }

    /** The reopening form; opening the link changes nothing. */
    @GET
    public Response form(@RestQuery String token) {
        offered();
        return closure.reopenable(token)
                .map(
                        account ->
                                Response.ok(
                                                Templates.form(
                                                        token,
                                                        twoFactor.isEnrolled(account.id),
                                                        null))
                                        .build())
                .orElseGet(ReopenResource::invalidLink);
    }

    @POST
    public Response reopen(
            @RestForm String token, @RestForm String password, @RestForm String code) {
        offered();
        rateLimiter.consume(
                "reopen:" + client.rateLimitKey(), TRIES_PER_QUARTER_HOUR, Duration.ofMinutes(15));
        var account = closure.reopenable(token);
        if (account.isEmpty()) {
            return invalidLink();
        }
        boolean needsCode = twoFactor.isEnrolled(account.get().id);
        if (password == null || password.isEmpty()) {
            return Response.status(UNPROCESSABLE)
                    .entity(
                            Templates.form(
                                    token,
                                    needsCode,
                                    messages.of(ClosureMessages.class).reopen_password_required()))
                    .build();
        }
        if (needsCode && (code == null || code.isBlank())) {
            return Response.status(UNPROCESSABLE)
                    .entity(Templates.form(token, true, messages.web().two_factor_code_required()))
                    .build();
        }
        if (!closure.reopen(token, password, code, client.address(), client.userAgent())) {
            return Response.status(Response.Status.UNAUTHORIZED)
                    .entity(
                            Templates.form(
                                    token,
                                    twoFactor.isEnrolled(account.get().id),
                                    messages.of(ClosureMessages.class).reopen_wrong()))
                    .build();
        }
        return Flash.redirect("/login", Flash.Message.ACCOUNT_REOPENED);
    }

    private static Response invalidLink() {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(HtmlPages.TYPE)
                .entity(Templates.invalid())
                .build();
    }
}
