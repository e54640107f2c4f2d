package dev.custodian.privacy;

import dev.custodian.account.Account;
import dev.custodian.auth.SignedIn;
import dev.custodian.closure.ClosureService;
import dev.custodian.closure.RetentionConfig;
import dev.custodian.export.DataExport;
import dev.custodian.web.Messages;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.util.UUID;

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

    @Inject Messages messages;

    @Inject RetentionConfig retention;

    @Inject Clock clock;

    @GET
    @Transactional
    public TemplateInstance overview() {
        Account account = signedIn.account();
        UUID id = account.id;
        PrivacyMessages dmsg = messages.of(PrivacyMessages.class);
        Instant now = clock.instant();
        String ifClosedToday =
                dmsg.dashboard_if_closed_today(
                        date(now.atZone(ZoneOffset.UTC).plus(ClosureService.KEPT_AFTER_CLOSURE)));
        String keptWithAccount = dmsg.dashboard_kept_account();
        Instant oldestEvent =
                single(
                        Instant.class,
                        "select min(e.occurredAt) from AccountEvent e where e.accountId = ?1",
                        id);
        LocalDate firstInvoiceEnd =
                single(
                        LocalDate.class,
                        "select min(i.retainUntil) from Invoice i where i.accountId = ?1",
                        id);
        Instant exportGoes =
                single(
                        Instant.class,
                        "select max(e.expiresAt) from DataExport e where e.accountId = ?1 and e.status = ?2",
                        id,
                        DataExport.Status.READY);
        List<Held> held =
                List.of(
                        new Held(
                                dmsg.dashboard_held_account(),
                                1 + count("address", id),
                                "/account/profile",
                                keptWithAccount,
                                ifClosedToday),
                        new Held(
                                dmsg.dashboard_held_profile(),
                                count("profile", id) + count("experience", id),
                                "/account/profile/professional",
                                keptWithAccount,
                                ifClosedToday),
                        new Held(
                                dmsg.dashboard_held_visibility(),
                                count("field_visibility", id),
                                "/account/visibility",
                                keptWithAccount,
                                ifClosedToday),
                        new Held(
                                dmsg.dashboard_held_consent(),
                                count("consent_event", id),
                                "/account/communications",
                                dmsg.dashboard_kept_consent(),
                                dmsg.dashboard_consent_for_you()),
                        new Held(
                                dmsg.dashboard_held_activity(),
                                count("account_event", id),
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
                                count("user_session", id),
                                "/account/security/sessions",
                                dmsg.dashboard_kept_sessions(),
                                dmsg.dashboard_sessions_for_you()),
                        new Held(
                                dmsg.dashboard_held_products(),
                                count("product", id),
                                "/account/products",
                                keptWithAccount,
                                ifClosedToday),
                        new Held(
                                dmsg.dashboard_held_invoices(),
                                count("invoice", id),
                                "/account/billing",
                                dmsg.dashboard_kept_invoices(),
                                firstInvoiceEnd == null
                                        ? dmsg.dashboard_nothing_yet()
                                        : dmsg.dashboard_first_invoice_goes(date(firstInvoiceEnd))),
                        new Held(
                                dmsg.dashboard_held_exports(),
                                count("data_export", id),
                                "/account/data",
                                dmsg.dashboard_kept_exports(),
                                exportGoes == null
                                        ? dmsg.dashboard_nothing_yet()
                                        : dmsg.dashboard_export_goes(
                                                date(exportGoes.atZone(ZoneOffset.UTC)))),
                        new Held(
                                dmsg.dashboard_held_disclosures(),
                                Disclosure.count("accountId = ?1 and notifiedAt is not null", id),
                                "#disclosures",
                                keptWithAccount,
                                ifClosedToday),
                        new Held(
                                dmsg.dashboard_held_policy(),
                                count("policy_acceptance", id),
                                "/privacy",
                                keptWithAccount,
                                ifClosedToday));
        DateTimeFormatter dateTime =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(messages.locale())
                        .withZone(ZoneOffset.UTC);
        List<DisclosureRow> disclosures =
                Disclosure.toldTo(id).stream()
                        .map(
                                d ->
                                        new DisclosureRow(
                                                date(d.disclosedOn),
                                                d.recipient,
                                                d.purpose,
                                                dmsg.basis(d.legalBasis),
                                                d.dataCategories,
                                                dateTime.format(d.notifiedAt) + " UTC"))
                        .toList();
        PolicyAcceptance accepted =
                PolicyAcceptance.find("accountId = ?1 order by acceptedAt desc", id).firstResult();
        String acceptedPolicy =
                accepted == null
                        ? null
                        : dmsg.dashboard_policy_accepted(
                                PolicyVersion.<PolicyVersion>findById(accepted.policyVersionId)
                                        .version,
                                date(accepted.acceptedAt.atZone(ZoneOffset.UTC)));
        return Templates.overview(account, held, disclosures, acceptedPolicy);
    }

    private String date(TemporalAccessor when) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(messages.locale())
                .format(when);
    }

    private static long count(String table, UUID accountId) {
        return ((Number)
                        Panache.getEntityManager()
                                .createNativeQuery(
                                        "SELECT COUNT(*) FROM " + table + " WHERE account_id = ?1")
                                .setParameter(1, accountId)
                                .getSingleResult())
                .longValue();
    }

    private static <T> T single(Class<T> type, String query, Object... parameters) {
        var typed = Panache.getEntityManager().createQuery(query, type);
        for (int i = 0; i < parameters.length; i++) {
            typed.setParameter(i + 1, parameters[i]);
        }
        return typed.getSingleResult();
    }
}
