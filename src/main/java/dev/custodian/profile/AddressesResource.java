package dev.custodian.profile;

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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

@Path("/account/profile/addresses")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AddressesResource {

    private static final int UNPROCESSABLE = 422;
    private static final int CONFLICT = 409;

    @CheckedTemplate(basePath = "profile/AddressesResource")
    static class Templates {
        /**
         * {@code saved} holds the newer stored addresses after a refused late save; otherwise null.
         */
        static native TemplateInstance addresses(
                AddressFields postal,
                AddressFields billing,
                boolean billingSame,
                String stamp,
                FormErrors errors,
                Saved saved,
                Countries.Named countries);
    }

    @Inject SignedIn signedIn;

    @Inject Messages messages;

    @Inject ClientInfo client;

    @Inject ProfileService profiles;

    /** The postal and billing addresses. */
    @GET
    public TemplateInstance addresses() {
        ProfileService.StoredAddresses stored = profiles.addresses(signedIn.accountId());
        return Templates.addresses(
                stored.postal(),
                stored.billing(),
                stored.billingSame(),
                stored.stamp(),
                new FormErrors(messages.web()),
                null,
                Countries.in(messages.locale()));
    }

    /** Saves both addresses; "billing same as postal" keeps no separate billing address. */
    @POST
    public Response save(
            @RestForm String postalLine1,
            @RestForm String postalLine2,
            @RestForm String postalPostalCode,
            @RestForm String postalCity,
            @RestForm String postalRegion,
            @RestForm String postalCountry,
            @RestForm String billingLine1,
            @RestForm String billingLine2,
            @RestForm String billingPostalCode,
            @RestForm String billingCity,
            @RestForm String billingRegion,
            @RestForm String billingCountry,
            @RestForm String billingSameAsPostal,
            @RestForm String stamp) {
        FormErrors errors = new FormErrors(messages.web());
        boolean same = billingSameAsPostal != null;
        AddressFields postal =
                new AddressFields(
                                postalLine1,
                                postalLine2,
                                postalPostalCode,
                                postalCity,
                                postalRegion,
                                postalCountry)
                        .validate(
                                "postal",
                                errors,
                                messages.web(),
                                messages.of(ProfileMessages.class));
        AddressFields billing =
                same
                        ? AddressFields.EMPTY
                        : new AddressFields(
                                        billingLine1,
                                        billingLine2,
                                        billingPostalCode,
                                        billingCity,
                                        billingRegion,
                                        billingCountry)
                                .validate(
                                        "billing",
                                        errors,
                                        messages.web(),
                                        messages.of(ProfileMessages.class));
        if (!errors.isEmpty()) {
            return Response.status(UNPROCESSABLE)
                    .entity(
                            Templates.addresses(
                                    postal,
                                    billing,
                                    same,
                                    stamp,
                                    errors,
                                    null,
                                    Countries.in(messages.locale())))
                    .build();
        }
        UUID accountId = signedIn.accountId();
        boolean saved =
                profiles.saveAddresses(
                        accountId,
                        stamp,
                        postal,
                        billing,
                        same,
                        client.address(),
                        client.userAgent());
        if (!saved) {
            ProfileService.StoredAddresses newer = profiles.addresses(accountId);
            errors.add("stamp", messages.of(ProfileMessages.class).error_changed_meanwhile());
            return Response.status(CONFLICT)
                    .entity(
                            Templates.addresses(
                                    postal,
                                    billing,
                                    same,
                                    newer.stamp(),
                                    errors,
                                    new Saved(newer.postal(), newer.billing()),
                                    Countries.in(messages.locale())))
                    .build();
        }
        return Flash.redirect("/account/profile/addresses", Flash.Message.PROFILE_SAVED);
    }

    /** The addresses another tab saved meanwhile, shown next to what was typed. */
    public record Saved(AddressFields postal, AddressFields billing) {}
}
