package dev.custodian.account;

import dev.custodian.auth.SessionService;
import dev.custodian.auth.SignedIn;
import dev.custodian.auth.StepUp;
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
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/account/email")
@Produces(MediaType.TEXT_HTML)
public class EmailChangeResource {

    private static final int UNPROCESSABLE = 422;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance change(String current, String pending, String newEmail, FormErrors errors);

        static native TemplateInstance confirm(String token, boolean revert);
    }

    @Inject
    EmailChangeService emailChanges;

    @Inject
    SignedIn signedIn;

    @Inject
    StepUp stepUp;

    @Inject
    SessionService sessions;

    @Inject
    Messages messages;

    @Inject
    ClientInfo client;

    /** The current address, a change waiting for confirmation, and the form to change it. */
    @GET
    @Authenticated
    public TemplateInstance change() {
        return render("", new FormErrors(messages.bundle()));
    }

    /** Sends a confirmation link to the new address, after a fresh proof of identity. */
    @POST
    @Authenticated
    public Response requestChange(@RestForm String newEmail) {
        FormErrors errors = new FormErrors(messages.bundle());
        String typed = errors.requiredLine("newEmail", newEmail, SignupForm.MAX_EMAIL,
                messages.bundle().error_email_required());
        if (typed != null && !errors.has("newEmail") && !SignupForm.isEmail(typed)) {
            errors.add("newEmail", messages.bundle().error_email_invalid());
        }
        if (typed != null && errors.isEmpty()
                && Account.normalizeEmail(typed).equals(Account.normalizeEmail(signedIn.account().email))) {
            errors.add("newEmail", messages.profile().error_email_same());
        }
        if (!errors.isEmpty()) {
            return Response.status(UNPROCESSABLE).entity(render(typed == null ? "" : typed, errors)).build();
        }
        Optional<Response> stepUpFirst = stepUp.require("/account/email", Map.of("newEmail", typed));
        if (stepUpFirst.isPresent()) {
            return stepUpFirst.get();
        }
        emailChanges.request(signedIn.accountId(), typed, client.address(), client.userAgent());
        return Flash.redirect("/account/email", Flash.Message.EMAIL_CHANGE_SENT);
    }

    /** The page the link in the new address's mail opens: a button, so that a scanner changes nothing. */
    @GET
    @Path("/confirm")
    public Response confirmPage(@RestQuery String token) {
        return emailChanges.isUsable(token, TokenPurpose.CHANGE_EMAIL)
                ? Response.ok(Templates.confirm(token, false)).build()
                : InvalidLink.page(InvalidLink.Kind.EMAIL_CHANGE);
    }

    /** Makes the new address the account's; the old one is told and can undo it for 7 days. */
    @POST
    @Path("/confirm")
    public Response confirm(@RestForm String token) {
        Optional<UUID> viewer = signedIn.present() ? Optional.of(signedIn.accountId()) : Optional.empty();
        return switch (emailChanges.confirm(token, viewer, client.address(), client.userAgent())) {
            case DONE -> Flash.redirect(viewer.isPresent() ? "/account/email" : "/login", Flash.Message.EMAIL_CHANGED);
            case OTHER_ACCOUNT -> InvalidLink.page(InvalidLink.Kind.OTHER_ACCOUNT);
            case ADDRESS_TAKEN -> InvalidLink.page(InvalidLink.Kind.ADDRESS_TAKEN);
            case INVALID -> InvalidLink.page(InvalidLink.Kind.EMAIL_CHANGE);
        };
    }

    /** The page the "this wasn't me" link opens. */
    @GET
    @Path("/revert")
    public Response revertPage(@RestQuery String token) {
        return emailChanges.isUsable(token, TokenPurpose.REVERT_EMAIL)
                ? Response.ok(Templates.confirm(token, true)).build()
                : InvalidLink.page(InvalidLink.Kind.EMAIL_CHANGE);
    }

    /** Puts the old address back and signs every session out. */
    @POST
    @Path("/revert")
    public Response revert(@RestForm String token) {
        return switch (emailChanges.revert(token, client.address(), client.userAgent())) {
            case DONE -> Response.fromResponse(Flash.redirect("/password/forgot", Flash.Message.EMAIL_REVERTED))
                    .cookie(sessions.expiredCookie()).build();
            case ADDRESS_TAKEN -> InvalidLink.page(InvalidLink.Kind.ADDRESS_TAKEN);
            default -> InvalidLink.page(InvalidLink.Kind.EMAIL_CHANGE);
        };
    }

    private TemplateInstance render(String newEmail, FormErrors errors) {
        Account account = signedIn.account();
        return Templates.change(account.email, emailChanges.pending(account.id).orElse(null), newEmail, errors);
    }
}
