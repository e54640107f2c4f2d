package dev.custodian.profile;

import dev.custodian.account.InvalidLink;
import dev.custodian.account.TokenPurpose;
import dev.custodian.auth.SessionService;
import dev.custodian.web.ClientInfo;
import dev.custodian.web.Flash;
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
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The pages the email-change mails link to. They live outside /account: the old address's owner
 * must be able to undo a change without a session (whoever changed it may hold them all).
 */
@Path("/email-change")
@Produces(MediaType.TEXT_HTML)
public class EmailChangeLinkResource {

    @CheckedTemplate(basePath = "profile/EmailChangeLinkResource")
    static class Templates {
        static native TemplateInstance confirm(String token, boolean revert);
    }

    @Inject EmailChangeService emailChanges;

    @Inject SignedIn signedIn;

    @Inject SessionService sessions;

    @Inject ClientInfo client;

    /**
     * The page the link in the new address's mail opens: a button, so that a scanner changes
     * nothing.
     */
    @GET
    @Path("/confirm")
    public Response confirmPage(@RestQuery String token) {
        return buttonPage(token, TokenPurpose.CHANGE_EMAIL);
    }

    /** Makes the new address the account's; the old one is told and can undo it for 7 days. */
    @POST
    @Path("/confirm")
    public Response confirm(@RestForm String token) {
        Optional<UUID> viewer =
                signedIn.present() ? Optional.of(signedIn.accountId()) : Optional.empty();
        return switch (emailChanges.confirm(token, viewer, client.address(), client.userAgent())) {
            case DONE ->
                    Flash.redirect(
                            viewer.isPresent() ? "/account/email" : "/login",
                            Flash.Message.EMAIL_CHANGED);
            case OTHER_ACCOUNT -> InvalidLink.page(InvalidLink.Kind.OTHER_ACCOUNT);
            case ADDRESS_TAKEN -> InvalidLink.page(InvalidLink.Kind.ADDRESS_TAKEN);
            case INVALID -> InvalidLink.page(InvalidLink.Kind.EMAIL_CHANGE);
        };
    }

    /** The page the "this wasn't me" link opens. */
    @GET
    @Path("/revert")
    public Response revertPage(@RestQuery String token) {
        return buttonPage(token, TokenPurpose.REVERT_EMAIL);
    }

    /** Puts the old address back and signs every session out. */
    @POST
    @Path("/revert")
    public Response revert(@RestForm String token) {
        return switch (emailChanges.revert(token, client.address(), client.userAgent())) {
            case DONE ->
                    Response.fromResponse(
                                    Flash.redirect(
                                            "/password/forgot", Flash.Message.EMAIL_REVERTED))
                            .cookie(sessions.expiredCookie())
                            .build();
            case ADDRESS_TAKEN -> InvalidLink.page(InvalidLink.Kind.ADDRESS_TAKEN);
            default -> InvalidLink.page(InvalidLink.Kind.EMAIL_CHANGE);
        };
    }

    /** A usable link gets a page with one button (so that a link scanner changes nothing). */
    private Response buttonPage(String token, TokenPurpose purpose) {
        return emailChanges.isUsable(token, purpose)
                ? Response.ok(Templates.confirm(token, purpose == TokenPurpose.REVERT_EMAIL))
                        .build()
                : InvalidLink.page(InvalidLink.Kind.EMAIL_CHANGE);
    }
}
