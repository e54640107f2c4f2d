package dev.custodian.auth;

import dev.custodian.account.Account;
import dev.custodian.account.AccountMessages;
import dev.custodian.account.PasswordHasher;
import dev.custodian.account.PasswordPolicy;
import dev.custodian.web.ClientInfo;
import dev.custodian.web.Flash;
import dev.custodian.web.FormErrors;
import dev.custodian.web.Messages;
import dev.custodian.web.SignedIn;
import dev.custodian.web.WithScript;
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

    @CheckedTemplate(basePath = "auth/SecurityResource")
    static class Templates {
        static native TemplateInstance security(
                FormErrors errors,
                boolean endOtherSessions,
                boolean needsCode,
                boolean hasPassword,
                boolean canRemovePassword);
    }

    @Inject PasswordService passwords;

    @Inject LoginService logins;

    @Inject PasswordPolicy policy;

    @Inject PasswordHasher hasher;

    @Inject SignedIn signedIn;

    @Inject SecondFactor twoFactor;

    @Inject Messages messages;

    @Inject ClientInfo client;

    @Inject StepUp stepUp;

    @Inject SignInMethods signInMethods;

    /** The account's security settings: the password, passkeys, linked identities. */
    @GET
    @WithScript
    public TemplateInstance security() {
        return page(new FormErrors(messages.web()), true);
    }

    /**
     * Removes the password of an account that has another way in, after a fresh proof of identity
     * (a passkey, or the password and code); refused while it is the only way in.
     */
    @POST
    @Path("/password/remove")
    @WithScript
    public Response removePassword() {
        Optional<Response> stepUpFirst =
                stepUp.require("/account/security/password/remove", Map.of());
        if (stepUpFirst.isPresent()) {
            return stepUpFirst.get();
        }
        return switch (passwords.remove(
                signedIn.accountId(), client.address(), client.userAgent())) {
            case REMOVED, NO_PASSWORD ->
                    Flash.redirect("/account/security", Flash.Message.PASSWORD_REMOVED);
            case LAST_WAY_IN -> {
                FormErrors errors = new FormErrors(messages.web());
                errors.add(
                        "removePassword",
                        messages.of(AuthMessages.class).error_password_is_last_way_in());
                yield Response.status(Response.Status.CONFLICT).entity(page(errors, true)).build();
            }
        };
    }

    private TemplateInstance page(FormErrors errors, boolean endOtherSessions) {
        Account account = Account.of(signedIn);
        boolean hasPassword = account.passwordHash != null;
        return Templates.security(
                errors,
                endOtherSessions,
                twoFactor.isEnrolled(account.id),
                hasPassword,
                hasPassword && signInMethods.hasWayBesidesThePassword(account));
    }

    /** Changes the password after checking the current one; may sign the other sessions out. */
    @POST
    @Path("/password")
    @WithScript
    public Response changePassword(
            @RestForm String currentPassword,
            @RestForm String code,
            @RestForm String newPassword,
            @RestForm String endOtherSessions) {
        FormErrors errors = new FormErrors(messages.web());
        Account account = Account.of(signedIn);
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.add(
                    "currentPassword",
                    messages.of(AuthMessages.class).error_current_password_required());
        } else if (twoFactor.isEnrolled(account.id) && (code == null || code.isBlank())) {
            errors.add("code", messages.web().two_factor_code_required());
        } else if (!logins.reverify(
                account.id, currentPassword, code, client.address(), client.userAgent())) {
            // The form is its own step-up: the current password, and a code when two-factor is on;
            // one answer for both, so that a guess at either learns nothing about the other.
            errors.add(
                    "currentPassword",
                    twoFactor.isEnrolled(account.id)
                            ? messages.web().step_up_wrong()
                            : messages.of(AuthMessages.class).error_current_password_wrong());
        }
        policy.problem(
                        newPassword,
                        messages.of(AccountMessages.class),
                        messages.locale(),
                        account.firstName,
                        account.lastName,
                        account.email)
                .ifPresent(problem -> errors.add("newPassword", problem));
        if (!errors.isEmpty()) {
            return Response.status(UNPROCESSABLE)
                    .entity(page(errors, endOtherSessions != null))
                    .build();
        }
        passwords.change(
                account.id,
                signedIn.sessionId(),
                hasher.hash(newPassword),
                endOtherSessions != null,
                client.address(),
                client.userAgent());
        return Flash.redirect("/account/security", Flash.Message.PASSWORD_CHANGED);
    }
}
