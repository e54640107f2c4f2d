package dev.custodian.privacy;

import dev.custodian.account.Account;
import dev.custodian.web.Flash;
import dev.custodian.web.FormErrors;
import dev.custodian.web.Messages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The privacy side of the admin area: an account's disclosures ledger (record one, tell the user
 * now or once the law allows), reports of underage accounts, and the consented page-view counts.
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class PrivacyAdminResource {

    private static final int UNPROCESSABLE = 422;
    private static final int ANALYTICS_DAYS = 30;

    /** What was typed in the disclosure form, kept when it is refused. */
    public record Typed(
            String recipient,
            String purpose,
            String legalBasis,
            String dataCategories,
            String disclosedOn,
            boolean notifyNow) {
        static final Typed EMPTY = new Typed("", "", "", "", "", true);
    }

    @CheckedTemplate(basePath = "privacy/PrivacyAdminResource")
    static class Templates {
        static native TemplateInstance disclosures(
                Account account,
                List<Disclosure> disclosures,
                Map<LegalBasis, String> bases,
                Typed typed,
                FormErrors errors);

        static native TemplateInstance reports(List<UnderageReport> reports);

        static native TemplateInstance analytics(Map<String, Long> views, int days);
    }

    @Inject Disclosures disclosures;

    @Inject UnderageReports reports;

    @Inject PageViews pageViews;

    @Inject Messages messages;

    @Inject Clock clock;

    @GET
    @Path("accounts/{id}/disclosures")
    public TemplateInstance disclosures(@RestPath UUID id) {
        return view(id, Typed.EMPTY, new FormErrors(messages.web()));
    }

    /** Records a disclosure and, unless the law does not allow it yet, tells the user by email. */
    @POST
    @Path("accounts/{id}/disclosures")
    public Response record(
            @RestPath UUID id,
            @RestForm String recipient,
            @RestForm String purpose,
            @RestForm String legalBasis,
            @RestForm String dataCategories,
            @RestForm String disclosedOn,
            @RestForm boolean notify) {
        FormErrors errors = new FormErrors(messages.web());
        var dmsg = messages.of(PrivacyMessages.class);
        String cleanRecipient =
                errors.requiredLine(
                        "recipient", recipient, 200, dmsg.disclosure_recipient_required());
        String cleanPurpose =
                errors.requiredLine("purpose", purpose, 500, dmsg.disclosure_purpose_required());
        LegalBasis basis =
                Arrays.stream(LegalBasis.values())
                        .filter(b -> b.name().equals(legalBasis))
                        .findFirst()
                        .orElse(null);
        if (basis == null) {
            errors.add("legalBasis", dmsg.disclosure_basis_required());
        }
        String cleanCategories =
                errors.requiredLine(
                        "dataCategories",
                        dataCategories,
                        500,
                        dmsg.disclosure_categories_required());
        LocalDate date = null;
        try {
            date =
                    disclosedOn == null || disclosedOn.isBlank()
                            ? null
                            : LocalDate.parse(disclosedOn.strip());
        } catch (DateTimeParseException e) {
            // reported below, like a missing date
        }
        if (date == null || date.isAfter(LocalDate.now(clock))) {
            errors.add("disclosedOn", dmsg.disclosure_date_required());
        }
        Typed typed =
                new Typed(
                        FormErrors.typed(recipient),
                        FormErrors.typed(purpose),
                        FormErrors.typed(legalBasis),
                        FormErrors.typed(dataCategories),
                        FormErrors.typed(disclosedOn),
                        notify);
        if (!errors.isEmpty()) {
            return Response.status(UNPROCESSABLE).entity(view(id, typed, errors)).build();
        }
        if (disclosures
                .record(id, cleanRecipient, cleanPurpose, basis, cleanCategories, date, notify)
                .isEmpty()) {
            throw new NotFoundException();
        }
        return Flash.redirect("/admin/accounts/" + id + "/disclosures", Flash.Message.ADMIN_SAVED);
    }

    /** Tells the user of a disclosure recorded earlier without notice. */
    @POST
    @Path("accounts/{id}/disclosures/{disclosureId}/notify")
    public Response notifyLater(@RestPath UUID id, @RestPath UUID disclosureId) {
        if (!disclosures.notifyLater(id, disclosureId)) {
            throw new NotFoundException();
        }
        return Flash.redirect("/admin/accounts/" + id + "/disclosures", Flash.Message.ADMIN_SAVED);
    }

    @GET
    @Path("reports")
    public TemplateInstance reports() {
        return Templates.reports(reports.open());
    }

    @POST
    @Path("reports/{reportId}/handled")
    public Response handled(@RestPath UUID reportId) {
        if (!reports.markHandled(reportId)) {
            throw new NotFoundException();
        }
        return Flash.redirect("/admin/reports", Flash.Message.ADMIN_SAVED);
    }

    @GET
    @Path("analytics")
    public TemplateInstance analytics() throws SQLException {
        return Templates.analytics(pageViews.lastDays(ANALYTICS_DAYS), ANALYTICS_DAYS);
    }

    private TemplateInstance view(UUID id, Typed typed, FormErrors errors) {
        var dmsg = messages.of(PrivacyMessages.class);
        Map<LegalBasis, String> bases = new EnumMap<>(LegalBasis.class);
        for (LegalBasis basis : LegalBasis.values()) {
            bases.put(basis, dmsg.basis(basis));
        }
        Disclosures.OfAccount ledger =
                disclosures.ofAccount(id).orElseThrow(NotFoundException::new);
        return Templates.disclosures(ledger.account(), ledger.disclosures(), bases, typed, errors);
    }
}
