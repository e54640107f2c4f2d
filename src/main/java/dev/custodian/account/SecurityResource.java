package dev.custodian.account;

import dev.custodian.auth.SignedIn;
import dev.custodian.auth.StepUp;
import dev.custodian.twofactor.TotpCredential;
import dev.custodian.web.ClientInfo;
import dev.custodian.web.Flash;
import dev.custodian.web.FormErrors;
import dev.custodian.web.Messages;
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
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

@Path("/account/security")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class SecurityResource {

    private static final int UNPROCESSABLE = 422;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance security(FormErrors errors, boolean endOtherSessions);
    }

    @Inject
    PasswordService passwords;

    @Inject
    PasswordPolicy policy;

    @Inject
    PasswordHasher hasher;

    @Inject
    SignedIn signedIn;

    @Inject
    StepUp stepUp;

    @Inject
    Messages messages;

    @Inject
    ClientInfo client;

    /** The account's security settings: for now, changing the password. */
    @GET
    public TemplateInstance security() {
        return Templates.security(new FormErrors(messages.bundle()), true);
    }

    /** Changes the password after checking the current one; may sign the other sessions out. */
    @POST
    @Path("/password")
    public Response changePassword(@RestForm String currentPassword, @RestForm String newPassword,
            @RestForm String endOtherSessions) {
        // The current password proves the first factor; with two-factor on, the shared step-up
        // asks for a code too (a password is never carried through it: the form is typed again).
        if (TotpCredential.isEnrolled(signedIn.accountId())) {
            Optional<Response> stepUpFirst = stepUp.require("/account/security/password",
                    endOtherSessions == null ? Map.of() : Map.of("endOtherSessions", endOtherSessions));
            if (stepUpFirst.isPresent()) {
                return stepUpFirst.get();
            }
        }
        FormErrors errors = new FormErrors(messages.bundle());
        Account account = signedIn.account();
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.add("currentPassword", messages.bundle().error_current_password_required());
        } else if (!passwords.isCurrentPassword(account.id, currentPassword)) {
            errors.add("currentPassword", messages.bundle().error_current_password_wrong());
        }
        policy.problem(newPassword, messages.bundle(), messages.locale(), account.firstName, account.lastName,
                account.email).ifPresent(problem -> errors.add("newPassword", problem));
        if (!errors.isEmpty()) {
            return Response.status(UNPROCESSABLE).entity(Templates.security(errors, endOtherSessions != null)).build();
        }
        passwords.change(account.id, signedIn.sessionId(), hasher.hash(newPassword), endOtherSessions != null,
                client.address(), client.userAgent());
        return Flash.redirect("/account/security", Flash.Message.PASSWORD_CHANGED);
    }
}
