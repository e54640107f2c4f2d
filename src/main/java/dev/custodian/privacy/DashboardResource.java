package dev.custodian.privacy;

import dev.custodian.account.Account;
import dev.custodian.closure.ClosureService;
import dev.custodian.closure.RetentionConfig;
import dev.custodian.web.Messages;
import dev.custodian.web.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/**
 * The account's home and privacy dashboard: what we hold (with counts and where to change it), how
 * long each kind is kept and when it goes for this account, where it is stored, who receives it
 * (the processors, and this account's disclosures), and the cookie choice.
 */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class DashboardResource {

    /**
     * One kind of data we hold: how many, where to see it, how long it is kept, when it goes for
     * this account.
     */
    public record Held(String label, long count, String href, String kept, String forThisAccount) {}

    /** A disclosure as the dashboard lists it. */
    public record DisclosureRow(
            String disclosedOn,
            String recipient,
            String purpose,
            String legalBasis,
            String dataCategories,
            String notified) {}

    @CheckedTemplate(basePath = "privacy/DashboardResource")
    static class Templates {
        static native TemplateInstance overview(
                Account account,
                List<Held> held,
                List<DisclosureRow> disclosures,
                String acceptedPolicy);
    }

    @Inject SignedIn signedIn;

    @Inject Dashboard dashboard;

    @Inject Messages messages;

    @Inject RetentionConfig retention;

    @Inject Clock clock;

    @GET
    public TemplateInstance overview() {
        Dashboard.Overview data = dashboard.of(signedIn.accountId());
        Account account = data.account();
        PrivacyMessages dmsg = messages.of(PrivacyMessages.class);
        Instant now = clock.instant();
        String ifClosedToday =
                dmsg.dashboard_if_closed_today(
                        date(now.atZone(ZoneOffset.UTC).plus(ClosureService.KEPT_AFTER_CLOSURE)));
        String keptWithAccount = dmsg.dashboard_kept_account();
        Instant oldestEvent = data.oldestEvent();
        LocalDate firstInvoiceEnd = data.firstInvoiceEnd();
        Instant exportGoes = data.exportGoes();
        List<Held> held =
                List.of(
                        new Held(
                                dmsg.dashboard_held_account(),
                                1 + data.addresses(),
                                "/account/profile",
                                keptWithAccount,
                                ifClosedToday),
                        new Held(
                                dmsg.dashboard_held_profile(),
                                data.profiles() + data.experiences(),
                                "/account/profile/professional",
                                keptWithAccount,
                                ifClosedToday),
                        new Held(
                                dmsg.dashboard_held_visibility(),
                                data.visibilityChoices(),
                                "/account/visibility",
                                keptWithAccount,
                                ifClosedToday),
                        new Held(
                                dmsg.dashboard_held_consent(),
                                data.consentEvents(),
                                "/account/communications",
                                dmsg.dashboard_kept_consent(),
                                dmsg.dashboard_consent_for_you()),
                        new Held(
                                dmsg.dashboard_held_activity(),
                                data.activityEntries(),
                                "/account/activity",
                                dmsg.dashboard_kept_activity(),
                                oldestEvent == null
                                        ? dmsg.dashboard_nothing_yet()
                                        : dmsg.dashboard_oldest_goes(
                                                date(
                                                        oldestEvent
                                                                .plus(retention.activityKept())
                                                                .atZone(ZoneOffset.UTC)))),
                        new Held(
                                dmsg.dashboard_held_sessions(),
                                data.sessions(),
                                "/account/security/sessions",
                                dmsg.dashboard_kept_sessions(),
                                dmsg.dashboard_sessions_for_you()),
                        new Held(
                                dmsg.dashboard_held_products(),
                                data.products(),
                                "/account/products",
                                keptWithAccount,
                                ifClosedToday),
                        new Held(
                                dmsg.dashboard_held_invoices(),
                                data.invoices(),
                                "/account/billing",
                                dmsg.dashboard_kept_invoices(),
                                firstInvoiceEnd == null
                                        ? dmsg.dashboard_nothing_yet()
                                        : dmsg.dashboard_first_invoice_goes(date(firstInvoiceEnd))),
                        new Held(
                                dmsg.dashboard_held_exports(),
                                data.exports(),
                                "/account/data",
                                dmsg.dashboard_kept_exports(),
                                exportGoes == null
                                        ? dmsg.dashboard_nothing_yet()
                                        : dmsg.dashboard_export_goes(
                                                date(exportGoes.atZone(ZoneOffset.UTC)))),
                        new Held(
                                dmsg.dashboard_held_disclosures(),
                                data.disclosures().size(),
                                "#disclosures",
                                keptWithAccount,
                                ifClosedToday),
                        new Held(
                                dmsg.dashboard_held_policy(),
                                data.policyAcceptances(),
                                "/privacy",
                                keptWithAccount,
                                ifClosedToday));
        List<DisclosureRow> disclosures =
                data.disclosures().stream()
                        .map(
                                d ->
                                        new DisclosureRow(
                                                date(d.disclosedOn),
                                                d.recipient,
                                                d.purpose,
                                                dmsg.basis(d.legalBasis),
                                                d.dataCategories,
                                                date(d.notifiedAt.atZone(ZoneOffset.UTC))))
                        .toList();
        Dashboard.Accepted accepted = data.accepted();
        String acceptedPolicy =
                accepted == null
                        ? null
                        : dmsg.dashboard_policy_accepted(
                                accepted.version(),
                                date(accepted.acceptedAt().atZone(ZoneOffset.UTC)));
        return Templates.overview(account, held, disclosures, acceptedPolicy);
    }

    private String date(TemporalAccessor when) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(messages.locale())
                .format(when);
    }
}
