package dev.custodian.profile;

import dev.custodian.account.Account;
import dev.custodian.account.Countries;
import dev.custodian.web.ClientInfo;
import dev.custodian.web.Flash;
import dev.custodian.web.FormErrors;
import dev.custodian.web.Messages;
import dev.custodian.web.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/account/profile")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ProfileResource {

    private static final int UNPROCESSABLE = 422;
    private static final int CONFLICT = 409;

    @CheckedTemplate(basePath = "profile/ProfileResource")
    static class Templates {
        /** {@code saved} is the newer stored version when a save came too late; otherwise null. */
        static native TemplateInstance contact(
                ContactForm form,
                FormErrors errors,
                ContactForm saved,
                String email,
                Countries.Named countries);
    }

    @Inject SignedIn signedIn;

    @Inject Messages messages;

    @Inject ClientInfo client;

    @Inject ProfileService profiles;

    /** The contact details, ready to edit. */
    @GET
    public TemplateInstance contact() {
        Account account = Account.of(signedIn);
        return render(ContactForm.of(account), new FormErrors(messages.web()), null, account);
    }

    /**
     * Saves the contact details. A save made from an older copy of the page (another tab saved
     * meanwhile) is refused: the page shows the newer values next to what was typed.
     */
    @POST
    public Response save(@BeanParam ContactForm form) {
        FormErrors errors = form.validate(messages.web(), messages.of(ProfileMessages.class));
        Account current = Account.of(signedIn);
        if (!errors.isEmpty()) {
            return Response.status(UNPROCESSABLE)
                    .entity(render(form, errors, null, current))
                    .build();
        }
        if (form.version == null || form.version != current.version) {
            errors.add("version", messages.of(ProfileMessages.class).error_changed_meanwhile());
            return Response.status(CONFLICT)
                    .entity(render(form, errors, ContactForm.of(current), current))
                    .build();
        }
        boolean saved =
                profiles.saveContact(
                        signedIn.accountId(), form, client.address(), client.userAgent());
        if (!saved) {
            Account newer = Account.of(signedIn);
            errors.add("version", messages.of(ProfileMessages.class).error_changed_meanwhile());
            return Response.status(CONFLICT)
                    .entity(render(form, errors, ContactForm.of(newer), newer))
                    .build();
        }
        return Flash.redirect("/account/profile", Flash.Message.PROFILE_SAVED);
    }

    private TemplateInstance render(
            ContactForm form, FormErrors errors, ContactForm saved, Account account) {
        return Templates.contact(
                form, errors, saved, account.email, Countries.in(messages.locale()));
    }
}
