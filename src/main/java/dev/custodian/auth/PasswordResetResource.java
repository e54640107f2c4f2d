package dev.custodian.auth;

import dev.custodian.account.Account;
import dev.custodian.account.AccountMessages;
import dev.custodian.account.EmailAddresses;
import dev.custodian.account.InvalidLink;
import dev.custodian.account.PasswordHasher;
import dev.custodian.account.PasswordPolicy;
import dev.custodian.secrets.Secrets;
import dev.custodian.web.ClientInfo;
import dev.custodian.web.Flash;
import dev.custodian.web.FormErrors;
import dev.custodian.web.Messages;
import dev.custodian.web.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/password")
@Produces(MediaType.TEXT_HTML)
public class PasswordResetResource {

    private static final int UNPROCESSABLE = 422;
    private static final int REQUESTS_PER_ADDRESS_PER_HOUR = 10;
    private static final int REQUESTS_PER_EMAIL_PER_HOUR = 3;

    @CheckedTemplate(basePath = "auth/PasswordResetResource")
    static class Templates {
        static native TemplateInstance forgot(String email, FormErrors errors);

        static native TemplateInstance sent();

        static native TemplateInstance reset(String token, FormErrors errors);
    }

    @Inject PasswordService passwords;

    @Inject PasswordPolicy policy;

    @Inject PasswordHasher hasher;

    @Inject RateLimiter rateLimiter;

    @Inject Secrets secrets;

    @Inject SignedIn signedIn;

    @Inject SessionService sessions;

    @Inject Messages messages;

    @Inject ClientInfo client;

    /** Asks for the address to send a reset link to. */
    @GET
    @Path("/forgot")
    public TemplateInstance forgot() {
        return Templates.forgot("", new FormErrors(messages.web()));
    }

    /** Sends a reset link if the address has an account; the answer is the same either way. */
    @POST
    @Path("/forgot")
    public Response requestReset(@RestForm String email) {
        FormErrors errors = new FormErrors(messages.web());
        String typed =
                errors.requiredLine(
                        "email",
                        email,
                        EmailAddresses.MAX_LENGTH,
                        messages.of(AccountMessages.class).error_email_required());
        if (!errors.isEmpty()) {
            return Response.status(UNPROCESSABLE)
                    .entity(Templates.forgot(typed == null ? "" : typed, errors))
                    .build();
        }
        rateLimiter.consume(
                "reset-address:" + client.rateLimitKey(),
                REQUESTS_PER_ADDRESS_PER_HOUR,
                Duration.ofHours(1));
        // Keyed by a hash of the address, existing or not, so that the limit reveals nothing
        // either.
        rateLimiter.consume(
                "reset-email:" + secrets.keyedHash("reset-email", Account.normalizeEmail(typed)),
                REQUESTS_PER_EMAIL_PER_HOUR,
                Duration.ofHours(1));
        passwords.requestReset(typed, client.address(), client.userAgent());
        return Response.seeOther(URI.create("/password/sent")).build();
    }

    /** Confirms that a link is on its way, if the address has an account. */
    @GET
    @Path("/sent")
    public TemplateInstance sent() {
        return Templates.sent();
    }

    /** The page a reset link opens: a form for the new password. */
    @GET
    @Path("/reset")
    public Response resetForm(@RestQuery String token) {
        Optional<Account> account = passwords.accountForReset(token);
        if (account.isEmpty()) {
            return InvalidLink.page(InvalidLink.Kind.RESET);
        }
        if (isAnotherAccount(account.get())) {
            return InvalidLink.page(InvalidLink.Kind.OTHER_ACCOUNT);
        }
        return Response.ok(Templates.reset(token, new FormErrors(messages.web()))).build();
    }

    /** Sets the new password, signs every session out and tells the owner by mail. */
    @POST
    @Path("/reset")
    public Response reset(@RestForm String token, @RestForm String password) {
        Optional<Account> account = passwords.accountForReset(token);
        if (account.isEmpty()) {
            return InvalidLink.page(InvalidLink.Kind.RESET);
        }
        if (isAnotherAccount(account.get())) {
            return InvalidLink.page(InvalidLink.Kind.OTHER_ACCOUNT);
        }
        FormErrors errors = new FormErrors(messages.web());
        Account owner = account.get();
        policy.problem(
                        password,
                        messages.of(AccountMessages.class),
                        messages.locale(),
                        owner.firstName,
                        owner.lastName,
                        owner.email)
                .ifPresent(problem -> errors.add("password", problem));
        if (!errors.isEmpty()) {
            return Response.status(UNPROCESSABLE).entity(Templates.reset(token, errors)).build();
        }
        if (!passwords.reset(token, hasher.hash(password), client.address(), client.userAgent())) {
            return InvalidLink.page(InvalidLink.Kind.RESET);
        }
        // Every session ended with the reset; this browser's own is expired by name, and its other
        // cookies (the language, the cookie answer, the flash that confirms the change) stay.
        return Response.fromResponse(Flash.redirect("/login", Flash.Message.PASSWORD_RESET))
                .cookie(sessions.expiredCookie())
                .header("Clear-Site-Data", "\"cache\"")
                .build();
    }

    private boolean isAnotherAccount(Account owner) {
        return signedIn.present() && !signedIn.accountId().equals(owner.id);
    }
}
