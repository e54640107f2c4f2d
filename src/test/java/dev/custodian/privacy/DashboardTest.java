package dev.custodian.privacy;

import static dev.custodian.testing.Accounts.signedInUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.manifest.Manifest;
import dev.custodian.testing.Accounts.User;
import dev.custodian.testing.Db;
import dev.custodian.testing.TestClock;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's table of what we hold, for an account with rows in every table it counts, beside
 * another account with more rows and earlier or later dates in each: only the account's own rows
 * and dates show.
 */
@QuarkusTest
class DashboardTest {

    private static final DateTimeFormatter LONG_DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH);

    /** The count in the row of the table that links to {@code href}. */
    private static final String ROW =
            "<a href=\"%s\">[^<]*</a></td><td data-label=\"Entries\">(\\d+)</td>";

    @Inject TestClock clock;

    @Inject Manifest manifest;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void countsAndDatesAreTheAccountsOwnAndNeverAnotherAccounts() {
        clock.freeze();
        User user = signedInUser();
        User other = signedInUser();
        Instant now = clock.instant();
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();

        // a second before midnight UTC: the dates shown are UTC dates
        Instant oldestEvent =
                today.minusDays(100).atTime(LocalTime.of(23, 59, 59)).toInstant(ZoneOffset.UTC);
        Instant exportGoes =
                today.plusDays(6).atTime(LocalTime.of(23, 59, 59)).toInstant(ZoneOffset.UTC);
        LocalDate firstInvoiceGoes = today.plusYears(10).minusDays(3);
        Db.inTransaction(
                () -> {
                    UUID id = user.id();
                    address(id, "POSTAL");
                    address(id, "BILLING");
                    profile(id);
                    experience(id, 1);
                    experience(id, 2);
                    visibility(id, "name");
                    visibility(id, "headline");
                    visibility(id, "city");
                    consent(id, now.minus(Duration.ofDays(2)));
                    consent(id, now.minus(Duration.ofDays(1)));
                    event(id, oldestEvent);
                    session(id, now);
                    product(id, "ACTIVE");
                    product(id, "TERMINATED");
                    invoice(id, firstInvoiceGoes.plusDays(8));
                    invoice(id, firstInvoiceGoes);
                    export(id, "READY", exportGoes);
                    export(id, "EXPIRED", now.plus(Duration.ofDays(30)));
                    export(id, "REQUESTED", null);
                    disclosure(id, "Told recipient one", today.minusDays(20), now);
                    disclosure(id, "Told recipient two", today.minusDays(10), now);
                    disclosure(id, "Untold recipient", today.minusDays(5), null);
                    acceptance(id, now.minus(Duration.ofDays(40)));
                    mail(id, "confirmNewEmail");
                    report(id);
                    report(id);
                    passkey(id);
                    passkey(id);

                    // more of everything for the other account, with dates that would show
                    UUID o = other.id();
                    address(o, "POSTAL");
                    address(o, "BILLING");
                    profile(o);
                    for (int i = 0; i < 3; i++) {
                        experience(o, i);
                        consent(o, now.minus(Duration.ofDays(3)));
                        session(o, now);
                        product(o, "ACTIVE");
                        invoice(o, today.plusYears(1));
                        export(o, "READY", now.plus(Duration.ofDays(20)));
                        disclosure(o, "Other's recipient", today.minusDays(1), now);
                    }
                    for (String field : new String[] {"name", "headline", "city", "about"}) {
                        visibility(o, field);
                    }
                    event(o, now.minus(Duration.ofDays(300)));
                    acceptance(o, now.plus(Duration.ofDays(3)));
                    mail(o, "passwordReset");
                    report(o);
                    passkey(o);
                    return null;
                });

        String page = user.browser().get("/account").then().statusCode(200).extract().asString();

        UUID id = user.id();
        assertCount(page, "/account/profile", 1 + 2, 1 + rows("address", id));
        assertCount(
                page,
                "/account/profile/professional",
                1 + 2,
                rows("profile", id) + rows("experience", id));
        assertCount(page, "/account/visibility", 3, rows("field_visibility", id));
        assertCount(page, "/account/products", 2, rows("product", id));
        assertCount(page, "/account/billing", 2, rows("invoice", id));
        assertCount(page, "/account/data", 3, rows("data_export", id));
        assertCount(page, "#disclosures", 2, 2);
        // the tables sign-up and sign-in write to as well
        assertCount(
                page,
                "/account/communications",
                -1,
                rows("communication_preference", id) + rows("consent_event", id));
        assertCount(page, "/account/activity", -1, rows("account_event", id));
        assertCount(page, "/account/security/sessions", -1, rows("user_session", id));
        assertCount(page, "/privacy", 2, rows("policy_acceptance", id));
        assertCount(
                page,
                "/account/security",
                -1,
                rows("totp_credential", id)
                        + rows("recovery_code", id)
                        + rows("one_time_token", id)
                        + rows("oidc_identity", id)
                        + rows("passkey", id));
        assertEquals(2, rows("passkey", id), "the count above holds the account's two passkeys");
        // the categories without a page of their own, named: the mail (but a confirmation sent to
        // an address asked for, which the user may not see) and the reports about the account
        long confirmations =
                Db.count(
                        "SELECT COUNT(*) FROM outbox_mail WHERE account_id = ?1 AND kind = 'confirmNewEmail'",
                        id);
        assertEquals(1, confirmations);
        // and the events for the company's systems, when an endpoint listens (a database that
        // earlier tests left endpoints in)
        assertNamedCount(
                page,
                "Emails and system messages about you",
                rows("outbox_mail", id) - 1 + rows("webhook_event", id));
        assertNamedCount(page, "Reports about your account", 2);
        assertEquals(2, rows("underage_report", id));

        assertContains(
                page,
                "The oldest entry goes on "
                        + LONG_DATE.format(today.minusDays(100).plusDays(365))
                        + ".");
        assertContains(
                page, "The oldest entry goes on " + LONG_DATE.format(firstInvoiceGoes) + ".");
        assertContains(page, "The latest one goes on " + LONG_DATE.format(today.plusDays(6)) + ".");
        assertContains(
                page,
                "The latest one goes on "
                        + LONG_DATE.format(
                                Db.inTransaction(
                                                () ->
                                                        (Instant)
                                                                Panache.getEntityManager()
                                                                        .createQuery(
                                                                                "select max(s.expiresAt) from UserSession s where s.accountId = ?1")
                                                                        .setParameter(1, id)
                                                                        .getSingleResult())
                                        .atZone(ZoneOffset.UTC))
                        + ".");
        assertContains(page, "You accepted version 2026-11 on " + LONG_DATE.format(today) + ".");

        // the disclosures told, latest first; neither the untold one nor the other account's; every
        // date on the page in one format, the day the user was told too (cells read without the
        // column labels a phone shows)
        String cells = page.replaceAll(" data-label=\"[^\"]*\"", "");
        String told =
                "<td>Court order</td><td>Legal obligation (a court order, a request from an authority)</td><td>Name, email</td><td>"
                        + LONG_DATE.format(today)
                        + "</td></tr>";
        int two =
                cells.indexOf(
                        "<tr><td class=\"nowrap\">"
                                + LONG_DATE.format(today.minusDays(10))
                                + "</td><td>Told recipient two</td>"
                                + told);
        int one =
                cells.indexOf(
                        "<tr><td class=\"nowrap\">"
                                + LONG_DATE.format(today.minusDays(20))
                                + "</td><td>Told recipient one</td>"
                                + told);
        assertTrue(two >= 0 && one > two, cells);
        assertFalse(page.contains("Untold recipient"), page);
        assertFalse(page.contains("Other&#39;s recipient"), page);
        assertFalse(page.contains("Other's recipient"), page);

        // and the other account sees its own
        String theirs = other.browser().get("/account").then().statusCode(200).extract().asString();
        assertCount(theirs, "/account/billing", 3, rows("invoice", other.id()));
        assertCount(theirs, "/account/visibility", 4, rows("field_visibility", other.id()));
        assertCount(theirs, "#disclosures", 3, 3);
        assertContains(
                theirs,
                "The oldest entry goes on "
                        + LONG_DATE.format(
                                now.minus(Duration.ofDays(300))
                                        .plus(Duration.ofDays(365))
                                        .atZone(ZoneOffset.UTC))
                        + ".");
        assertContains(
                theirs,
                "You accepted version 2026-11 on " + LONG_DATE.format(today.plusDays(3)) + ".");
    }

    /**
     * The dashboard says what the manifest promises: a row per category in its order, with its
     * name, purpose, legal basis and retention in words, and the date for this account; where the
     * data is stored and who receives it; in the reader's language.
     */
    @Test
    void theManifestsCategoriesLocationsAndRecipientsAreOnTheDashboard() {
        clock.freeze();
        User user = signedInUser();
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        String page = user.browser().get("/account").then().statusCode(200).extract().asString();

        String held =
                page.substring(
                        page.indexOf("<h2 id=\"held\">"), page.indexOf("<h2 id=\"stored\">"));
        int previous = -1;
        for (Manifest.DataCategory category : manifest.dataCategories()) {
            int row = held.indexOf(">" + category.name().in(Locale.ENGLISH) + "<");
            assertTrue(row > previous, category.id() + " in the manifest's order");
            assertContains(
                    page,
                    "<td data-label=\"Why\">" + category.purpose().in(Locale.ENGLISH) + "</td>");
            previous = row;
        }
        assertEquals(
                manifest.dataCategories().size(),
                page.split("<td data-label=\"How long we keep it\">", -1).length - 1,
                "one row per category");
        for (String expected :
                List.of(
                        "<td data-label=\"Legal basis\">Contract (GDPR art. 6(1)(b))</td>",
                        "<td data-label=\"Legal basis\">Legal obligation (GDPR art. 6(1)(c))</td>",
                        "<td data-label=\"Legal basis\">Legitimate interests (GDPR art. 6(1)(f))</td>",
                        "<td data-label=\"How long we keep it\">While your account is open, and 6 months"
                                + " after you close it, unless you ask for erasure sooner</td>",
                        "<td data-label=\"How long we keep it\">365 days from each entry</td>",
                        "<td data-label=\"How long we keep it\">7 days from each entry</td>",
                        "<td data-label=\"How long we keep it\">Until it ends</td>",
                        "<td data-label=\"How long we keep it\">5 years after your account is erased</td>",
                        "<td data-label=\"How long we keep it\">10 years from issue (the law requires 10"
                                + " years: French Commercial Code art. L123-22)</td>",
                        "If you closed your account today, it would be deleted by "
                                + LONG_DATE.format(today.plusMonths(6))
                                + ".",
                        "If you closed your account today, it would be kept until "
                                + LONG_DATE.format(today.plusMonths(6).plusYears(5))
                                + ".",
                        "<li>France: Servers of our hosting provider in France, in the European Union.</li>",
                        "<li>United States: Backup copies may be kept in other countries",
                        "<tr><td>Stripe</td><td data-label=\"Role\">Processor</td><td"
                                + " data-label=\"Purpose\">Payment. Stripe receives your card details"
                                + " directly when you pay; we keep only the billing postal code and"
                                + " country.</td><td data-label=\"Data received\">Invoices</td><td"
                                + " data-label=\"Country\">Ireland</td><td data-label=\"Safeguard\">Within"
                                + " the European Union; transfers to the United States under the EU"
                                + " Standard Contractual Clauses.</td>",
                        "<td data-label=\"Data received\">All of the data above</td><td"
                                + " data-label=\"Country\">France</td>",
                        "<td data-label=\"Data received\">Account, contact details and addresses,"
                                + " Activity and sign-in history</td><td data-label=\"Country\">United"
                                + " States</td>",
                        "<a href=\"/account/communications\">Communications</a>",
                        "<a href=\"/account/visibility\">Visibility</a>")) {
            assertContains(page, expected);
        }
        assertFalse(page.contains("Hosting: our hosting provider"), "no hard-coded processor");

        user.browser()
                .submit("/account", "/language", Map.of("lang", "fr", "next", "/account"))
                .then()
                .statusCode(303);
        String french = user.browser().get("/account").then().statusCode(200).extract().asString();
        DateTimeFormatter longFrench =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.FRENCH);
        for (String expected :
                List.of(
                        "Compte, coordonnées et adresses",
                        "Contrat (RGPD art. 6(1)(b))",
                        "365 jours à compter de chaque élément",
                        "10 ans à compter de l’émission (la loi impose 10 ans : Code de commerce art."
                                + " L123-22)",
                        "Si vous fermiez votre compte aujourd’hui, elles seraient supprimées au plus"
                                + " tard le "
                                + longFrench.format(today.plusMonths(6))
                                + ".",
                        "<li>États-Unis : Des copies de sauvegarde",
                        "<td data-label=\"Rôle\">Sous-traitant</td>",
                        "<td data-label=\"Pays\">Irlande</td>")) {
            assertContains(french, expected);
        }
    }

    /**
     * The row's count is {@code actual} (what the table holds for the account) and, unless {@code
     * expected} is -1, what the test put there.
     */
    private static void assertCount(String page, String href, long expected, long actual) {
        if (expected >= 0) {
            assertEquals(expected, actual, href + ": the test's rows");
        }
        Matcher row = Pattern.compile(String.format(ROW, Pattern.quote(href))).matcher(page);
        assertTrue(row.find(), href + " is not in the table: " + page);
        assertEquals(actual, Long.parseLong(row.group(1)), href);
    }

    /** The count in the row of a category that has no page to link to. */
    private static void assertNamedCount(String page, String name, long actual) {
        Matcher row =
                Pattern.compile(
                                "<tr><td>"
                                        + Pattern.quote(name)
                                        + "</td><td data-label=\"Entries\">(\\d+)</td>")
                        .matcher(page);
        assertTrue(row.find(), name + " is not in the table: " + page);
        assertEquals(actual, Long.parseLong(row.group(1)), name);
    }

    private static void assertContains(String page, String expected) {
        assertTrue(page.contains(expected), () -> "no \"" + expected + "\" in " + page);
    }

    private static long rows(String table, UUID accountId) {
        return Db.count("SELECT COUNT(*) FROM " + table + " WHERE account_id = ?1", accountId);
    }

    private static void insert(String sql, Object... values) {
        var query = Panache.getEntityManager().createNativeQuery(sql);
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        query.executeUpdate();
    }

    private static void address(UUID accountId, String kind) {
        insert(
                "INSERT INTO address (account_id, kind, line1, postal_code, city, country) "
                        + "VALUES (?1, ?2, '1 rue de Paris', '75001', 'Paris', 'FR')",
                accountId,
                kind);
    }

    private static void profile(UUID accountId) {
        insert("INSERT INTO profile (account_id, headline) VALUES (?1, 'Analyst')", accountId);
    }

    private static void experience(UUID accountId, int position) {
        insert(
                "INSERT INTO experience (account_id, position, title, organisation, started_on) "
                        + "VALUES (?1, ?2, 'Analyst', 'Engines Ltd', ?3)",
                accountId,
                position,
                LocalDate.of(2020, 1, 1));
    }

    private static void visibility(UUID accountId, String field) {
        insert(
                "INSERT INTO field_visibility (account_id, field, level) VALUES (?1, ?2, 'PRIVATE')",
                accountId,
                field);
    }

    private static void consent(UUID accountId, Instant at) {
        insert(
                "INSERT INTO consent_event (account_id, category, action, source, occurred_at) "
                        + "VALUES (?1, 'NEWSLETTER', 'GRANT', 'SETTINGS', ?2)",
                accountId,
                at);
    }

    private static void event(UUID accountId, Instant at) {
        insert(
                "INSERT INTO account_event (account_id, type, occurred_at) VALUES (?1, 'SIGNED_IN', ?2)",
                accountId,
                at);
    }

    private static void session(UUID accountId, Instant now) {
        insert(
                "INSERT INTO user_session (token_hash, account_id, created_at, last_seen_at, "
                        + "expires_at, authenticated_at) VALUES (?1, ?2, ?3, ?3, ?4, ?3)",
                UUID.randomUUID().toString().replace("-", ""),
                accountId,
                now,
                now.plus(Duration.ofHours(12)));
    }

    private static void product(UUID accountId, String status) {
        insert(
                "INSERT INTO product (account_id, name, kind, status, started_on) "
                        + "VALUES (?1, 'Hosting', 'hosting', ?2, ?3)",
                accountId,
                status,
                LocalDate.of(2024, 1, 1));
    }

    private static void invoice(UUID accountId, LocalDate retainUntil) {
        insert(
                "INSERT INTO invoice (account_id, number, issued_on, amount, currency, billing_name, "
                        + "billing_address, retain_until) "
                        + "VALUES (?1, ?2, ?3, 10, 'EUR', 'Ada Lovelace', '1 rue de Paris', ?4)",
                accountId,
                "T-" + UUID.randomUUID().toString().substring(0, 30),
                retainUntil.minusYears(10),
                retainUntil);
    }

    private static void export(UUID accountId, String status, Instant expiresAt) {
        insert(
                "INSERT INTO data_export (account_id, status, locale, requested_at, expires_at) "
                        + "VALUES (?1, ?2, 'en', ?3, ?4)",
                accountId,
                status,
                Instant.parse("2026-01-01T00:00:00Z"),
                expiresAt);
    }

    private static void disclosure(
            UUID accountId, String recipient, LocalDate disclosedOn, Instant notifiedAt) {
        insert(
                "INSERT INTO disclosure (account_id, recipient, purpose, legal_basis, "
                        + "data_categories, disclosed_on, recorded_at, notified_at) "
                        + "VALUES (?1, ?2, 'Court order', 'LEGAL_OBLIGATION', 'Name, email', ?3, ?4, ?5)",
                accountId,
                recipient,
                disclosedOn,
                Instant.parse("2026-01-01T00:00:00Z"),
                notifiedAt);
    }

    private static void mail(UUID accountId, String kind) {
        insert(
                "INSERT INTO outbox_mail (account_id, kind, recipient, subject, body_text, body_html, "
                        + "status, next_attempt_at, created_at, message_id) "
                        + "VALUES (?1, ?2, 'new@example.com', 'Confirm', 'x', 'x', 'SENT', ?3, ?3, ?4)",
                accountId,
                kind,
                Instant.parse("2026-01-01T00:00:00Z"),
                "<" + UUID.randomUUID() + "@dashboard.example>");
    }

    private static void passkey(UUID accountId) {
        insert(
                "INSERT INTO passkey (account_id, credential_id, public_key, sign_count, uv_initialized, "
                        + "backup_eligible, backup_state, name, created_at) "
                        + "VALUES (?1, ?2, '\\xa5', 0, TRUE, FALSE, FALSE, 'Phone', ?3)",
                accountId,
                "credential-" + UUID.randomUUID(),
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static void report(UUID accountId) {
        insert(
                "INSERT INTO underage_report (account_id, reported, details, reported_at) "
                        + "VALUES (?1, 'Someone', 'Looks young', ?2)",
                accountId,
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static void acceptance(UUID accountId, Instant at) {
        insert(
                "INSERT INTO policy_acceptance (account_id, policy_version_id, accepted_at) "
                        + "SELECT ?1, id, ?2 FROM policy_version WHERE version = '2026-11'",
                accountId,
                at);
    }
}
