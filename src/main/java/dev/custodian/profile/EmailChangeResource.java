package dev.custodian.profile;

import dev.custodian.account.Account;
import dev.custodian.account.AccountMessages;
import dev.custodian.account.EmailAddresses;
import dev.custodian.auth.RateLimiter;
import dev.custodian.auth.StepUp;
import dev.custodian.secrets.Secrets;
import dev.custodian.web.ClientInfo;
import dev.custodian.web.Flash;
import dev.custodian.web.FormErrors;
import dev.custodian.web.Messages;
import dev.custodian.web.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Asking to change the sign-in email; the links it mails are answered by {@link
 * EmailChangeLinkResource}.
 */
@Path("/account/email")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class EmailChangeResource {

    private static final int UNPROCESSABLE = 422;
    private static final int REQUESTS_PER_ACCOUNT_PER_HOUR = 5;
    private static final int REQUESTS_PER_ADDRESS_PER_DAY = 3;

    @CheckedTemplate(basePath = "profile/EmailChangeResource")
    static class Templates {
        static native TemplateInstance change(
                String current, String pending, String newEmail, FormErrors errors);
    }

    @Inject EmailChangeService emailChanges;

    @Inject SignedIn signedIn;

    @Inject StepUp stepUp;

    @Inject RateLimiter rateLimiter;

    @Inject Secrets secrets;

    @Inject Messages messages;

    @Inject ClientInfo client;

    /** The current address, a change waiting for confirmation, and the form to change it. */
    @GET
    public TemplateInstance change() {
        return render("", new FormErrors(messages.web()));
    }

    /** Sends a confirmation link to the new address, after a fresh proof of identity. */
    @POST
    public Response requestChange(@RestForm String newEmail) {
        FormErrors errors = new FormErrors(messages.web());
        String typed =
                errors.requiredLine(
                        "newEmail",
                        newEmail,
                        EmailAddresses.MAX_LENGTH,
                        messages.of(AccountMessages.class).error_email_required());
        if (typed != null && !errors.has("newEmail") && !EmailAddresses.isPlausible(typed)) {
            errors.add("newEmail", messages.of(AccountMessages.class).error_email_invalid());
        }
        if (typed != null
                && errors.isEmpty()
                && Account.normalizeEmail(typed)
                        .equals(Account.normalizeEmail(Account.of(signedIn).email))) {
            errors.add("newEmail", messages.of(ProfileMessages.class).error_email_same());
        }
        if (!errors.isEmpty()) {
            return Response.status(UNPROCESSABLE)
                    .entity(render(typed == null ? "" : typed, errors))
                    .build();
        }
        Optional<Response> stepUpFirst =
                stepUp.require("/account/email", Map.of("newEmail", typed));
        if (stepUpFirst.isPresent()) {
            return stepUpFirst.get();
        }
        // A few an hour per account, a few a day per address asked for: a signed-in user can
        // neither probe addresses in bulk nor make Custodian mail a stranger again and again.
        rateLimiter.consume(
                "email-change-account:" + signedIn.accountId(),
                REQUESTS_PER_ACCOUNT_PER_HOUR,
                Duration.ofHours(1));
        rateLimiter.consume(
                "email-change-target:"
                        + secrets.keyedHash("email-change-target", Account.normalizeEmail(typed)),
                REQUESTS_PER_ADDRESS_PER_DAY,
                Duration.ofDays(1));
        emailChanges.request(signedIn.accountId(), typed, client.address(), client.userAgent());
        return Flash.redirect("/account/email", Flash.Message.EMAIL_CHANGE_SENT);
    }

    private TemplateInstance render(String newEmail, FormErrors errors) {
        Account account = Account.of(signedIn);
        return Templates.change(
                account.email, emailChanges.pending(account.id).orElse(null), newEmail, errors);
    }
}
