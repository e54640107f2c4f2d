package dev.custodian.privacy;

import dev.custodian.catalogue.Catalogue;
import dev.custodian.manifest.Manifest;
import dev.custodian.manifest.Wording;
import dev.custodian.web.Messages;
import dev.custodian.web.SignedIn;
import dev.custodian.web.WithScript;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The account's home and privacy dashboard: what we hold, category by category of the manifest
 * (with counts and where to see it, its purpose and legal basis, how long it is kept and when it
 * goes for this account), where it is stored, who receives it (the manifest's recipients, and this
 * account's disclosures), and the cookie choice.
 */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@Singleton
public class DashboardResource {

    /**
     * One category of data we hold: how many entries, where to see them (or null), why and on which
     * basis, how long it is kept, when it goes for this account (or null).
     */
    public record Held(
            String label,
            long count,
            String href,
            String purpose,
            String legalBasis,
            String kept,
            String forThisAccount) {

        /** The category as worded for everyone, with this account's count and date. */
        Held of(long count, String forThisAccount) {
            return new Held(label, count, href, purpose, legalBasis, kept, forThisAccount);
        }
    }

    /** A storage or backup location: the country's name and what is there. */
    public record Place(String country, String description) {}

    /** A recipient of the manifest, in the reader's language. */
    public record RecipientRow(
            String name,
            String kind,
            String purpose,
            String categories,
            String country,
            String transferSafeguard,
            String toldOfErasure) {

        /** The recipient as worded for everyone, with what it was told of this account. */
        RecipientRow told(String toldOfErasure) {
            return new RecipientRow(
                    name, kind, purpose, categories, country, transferSafeguard, toldOfErasure);
        }
    }

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
                String firstName,
                List<Held> held,
                List<Place> locations,
                List<Place> backups,
                List<RecipientRow> recipients,
                List<DisclosureRow> disclosures,
                String acceptedPolicy);
    }

    /** Where the user sees each category (the consent and visibility pages when offered). */
    private static final Map<String, String> PAGES =
            Map.ofEntries(
                    Map.entry("contact", "/account/profile"),
                    Map.entry("profile", "/account/profile/professional"),
                    Map.entry("visibility", "/account/visibility"),
                    Map.entry("consent", "/account/communications"),
                    Map.entry("activity", "/account/activity"),
                    Map.entry("sessions", "/account/security/sessions"),
                    Map.entry("security", "/account/security"),
                    Map.entry("products", "/account/products"),
                    Map.entry("invoices", "/account/billing"),
                    Map.entry("exports", "/account/data"),
                    Map.entry("disclosures", "#disclosures"),
                    Map.entry("policy_acceptances", "/privacy"));

    @Inject SignedIn signedIn;

    @Inject Dashboard dashboard;

    @Inject Messages messages;

    @Inject Manifest manifest;

    @Inject Wording wording;

    @Inject Clock clock;

    @GET
    @WithScript
    public TemplateInstance overview() {
        Dashboard.Overview data = dashboard.of(signedIn.accountId());
        PrivacyMessages dmsg = messages.of(PrivacyMessages.class);
        Locale locale = messages.locale();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Words words = words(locale, dmsg);
        List<Manifest.DataCategory> categories = manifest.dataCategories();
        List<Held> held = new ArrayList<>(categories.size());
        for (int i = 0; i < categories.size(); i++) {
            Manifest.DataCategory category = categories.get(i);
            held.add(
                    words.held()
                            .get(i)
                            .of(
                                    data.counts().get(category.id()),
                                    forThisAccount(
                                            category,
                                            data.dates().get(category.id()),
                                            today,
                                            dmsg)));
        }
        // a signed-in account is not erased: every recipient told of erasures is told "not yet"
        List<String> toldOfErasure = data.toldOfErasure();
        List<RecipientRow> recipients =
                words.recipients().stream()
                        .map(
                                r ->
                                        toldOfErasure.contains(r.name())
                                                ? r.told(dmsg.dashboard_erasure_not_yet())
                                                : r)
                        .toList();
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
        return Templates.overview(
                data.firstName(),
                held,
                words.locations(),
                words.backups(),
                recipients,
                disclosures,
                acceptedPolicy);
    }

    /**
     * What the dashboard says of the manifest, the same to every reader of one language: the
     * categories without this account's count and date, the recipients without whether they were
     * told of an erasure, the places. Worded once per language (the manifest does not change while
     * the application runs), not at every view of the most visited page (issue 23).
     */
    private record Words(
            List<Held> held,
            List<RecipientRow> recipients,
            List<Place> locations,
            List<Place> backups) {}

    private final Map<Locale, Words> words = new ConcurrentHashMap<>();

    private Words words(Locale locale, PrivacyMessages dmsg) {
        return words.computeIfAbsent(
                locale,
                l ->
                        new Words(
                                manifest.dataCategories().stream()
                                        .map(
                                                category ->
                                                        new Held(
                                                                category.name().in(l),
                                                                0,
                                                                page(category.id()),
                                                                category.purpose().in(l),
                                                                wording.legalBasis(category, l),
                                                                wording.retention(category, l),
                                                                null))
                                        .toList(),
                                manifest.recipients().stream()
                                        .map(
                                                r ->
                                                        new RecipientRow(
                                                                r.name(),
                                                                wording.recipientKind(r, l),
                                                                r.purpose().in(l),
                                                                received(r, l, dmsg),
                                                                Wording.country(r.country(), l),
                                                                r.safeguard().in(l),
                                                                null))
                                        .toList(),
                                places(manifest.storage().locations(), l),
                                places(manifest.storage().backups(), l)));
    }

    /** The category's page, unless the manifest turns it off. */
    private String page(String category) {
        if (category.equals("consent") && !manifest.marketing().enabled()) {
            return "#cookies";
        }
        if (category.equals("visibility") && !manifest.profiles().choices()) {
            return null;
        }
        return PAGES.get(category);
    }

    /**
     * When the category goes for this account: for data kept with the account (or held after its
     * erasure), the date that would be if the account were closed today; otherwise the date its
     * catalogue entry gives, plus the category's period when that is when an entry was made.
     */
    private String forThisAccount(
            Manifest.DataCategory category,
            LocalDate dated,
            LocalDate today,
            PrivacyMessages dmsg) {
        Manifest.Retention retention = category.retention();
        LocalDate erased = today.plus(manifest.closure().gracePeriod());
        if (retention.is("account")) {
            return dmsg.dashboard_if_closed_today(date(erased));
        }
        if (retention.is("legal-hold")) {
            return dmsg.dashboard_held_if_closed_today(date(erased.plusYears(retention.years())));
        }
        Catalogue.Dated by = Catalogue.category(category.id()).dated();
        if (by == null) {
            return null;
        }
        if (dated == null) {
            return dmsg.dashboard_nothing_yet();
        }
        // a date an entry was made on goes its days (from creation) or years (from issue) later
        LocalDate goes =
                !by.start()
                        ? dated
                        : retention.is("from-issue")
                                ? dated.plusYears(retention.years())
                                : dated.plusDays(retention.days());
        return by.latest()
                ? dmsg.dashboard_latest_goes(date(goes))
                : dmsg.dashboard_oldest_goes(date(goes));
    }

    /** The names of the categories a recipient receives, or "all of it". */
    private String received(Manifest.Recipient recipient, Locale locale, PrivacyMessages dmsg) {
        return recipient.categories().containsAll(Catalogue.CATEGORIES)
                ? dmsg.dashboard_recipient_everything()
                : wording.categories(recipient, locale);
    }

    private static List<Place> places(List<Manifest.Location> locations, Locale locale) {
        return locations.stream()
                .map(
                        l ->
                                new Place(
                                        Wording.country(l.country(), locale),
                                        l.description().in(locale)))
                .toList();
    }

    private String date(TemporalAccessor when) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(messages.locale())
                .format(when);
    }
}
