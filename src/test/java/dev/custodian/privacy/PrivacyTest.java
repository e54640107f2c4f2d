package dev.custodian.privacy;

import static dev.custodian.testing.Accounts.signedInAdmin;
import static dev.custodian.testing.Accounts.signedInUser;
import static dev.custodian.testing.Browser.redirectsTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.custodian.activity.AccountEvent;
import dev.custodian.mail.MailDispatcher;
import dev.custodian.product.Invoice;
import dev.custodian.testing.Accounts.User;
import dev.custodian.testing.Browser;
import dev.custodian.testing.Db;
import dev.custodian.testing.MailServer;
import dev.custodian.testing.TestClock;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PrivacyTest {

    private static final DateTimeFormatter LONG_DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH);

    @Inject TestClock clock;

    @Inject PageViews pageViews;

    @Inject MailDispatcher dispatcher;

    @BeforeEach
    void start() {
        MailServer.start();
        Db.inTransaction(
                () ->
                        Panache.getEntityManager()
                                .createNativeQuery(
                                        "DELETE FROM rate_limit_bucket WHERE id LIKE 'underage-report:%'")
                                .executeUpdate());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // --- dashboard ---

    @Test
    void theDashboardSaysWhatWeHoldAndWhenEachKindGoesForThisAccount() {
        clock.freeze();
        User user = signedInUser();
        LocalDate invoiceEnd = LocalDate.now(clock).plusYears(10).minusDays(3);
        Db.inTransaction(
                () -> {
                    Invoice invoice = new Invoice();
                    invoice.accountId = user.id();
                    invoice.number = "D-" + UUID.randomUUID().toString().substring(0, 30);
                    invoice.issuedOn = LocalDate.now(clock).minusDays(3);
                    invoice.amount = BigDecimal.TEN;
                    invoice.currency = "EUR";
                    invoice.billingName = "Ada Lovelace";
                    invoice.billingAddress = "1 rue de Paris";
                    invoice.retainUntil = invoiceEnd;
                    invoice.persist();
                    return null;
                });
        Instant oldest =
                Db.inTransaction(
                        () ->
                                AccountEvent.<AccountEvent>find(
                                                "accountId = ?1 order by occurredAt", user.id())
                                        .firstResult()
                                        .occurredAt);

        String page =
                user.browser()
                        .get("/account")
                        .then()
                        .statusCode(200)
                        .body(containsString("What we hold about you"))
                        .body(containsString("Where it is stored"))
                        .body(containsString("Stripe"))
                        .body(containsString("APIHub, Inc. (Clearbit)"))
                        .body(containsString("Your data has never been disclosed to anyone."))
                        .body(containsString("You accepted version 2026-11"))
                        .extract()
                        .asString();
        assertContains(
                page,
                "If you closed your account today, it would be deleted by "
                        + LONG_DATE.format(clock.instant().atZone(ZoneOffset.UTC).plusMonths(6))
                        + ".");
        assertContains(
                page,
                "The oldest entry goes on "
                        + LONG_DATE.format(oldest.plus(Duration.ofDays(365)).atZone(ZoneOffset.UTC))
                        + ".");
        assertContains(page, "The oldest entry goes on " + LONG_DATE.format(invoiceEnd) + ".");
        long events = Db.inTransaction(() -> AccountEvent.count("accountId", user.id()));
        assertContains(
                page,
                "<a href=\"/account/activity\">Activity and sign-in history</a></td><td data-label=\"Entries\">"
                        + events
                        + "</td>");
        assertContains(
                page,
                "<a href=\"/account/billing\">Invoices</a></td><td data-label=\"Entries\">1</td>");
    }

    // --- disclosures ---

    @Test
    void aDisclosureRecordedByAnAdminIsMailedAndListedOnlyToItsAccount() {
        User user = signedInUser();
        User other = signedInUser();
        Browser admin = signedInAdmin();
        String page = "/admin/accounts/" + user.id() + "/disclosures";
        admin.get(page)
                .then()
                .statusCode(200)
                .body(containsString("This account’s data has never been disclosed to anyone."));

        admin.submit(page, page, disclosure("Tribunal judiciaire de Paris", true))
                .then()
                .statusCode(303)
                .header("Location", redirectsTo(page));
        dispatcher.dispatchDue();
        MailServer.Received mail =
                MailServer.single(user.email(), "Your data was disclosed to a third party");
        assertContains(mail.text(), "Tribunal judiciaire de Paris");
        user.browser()
                .get("/account")
                .then()
                .body(containsString("Tribunal judiciaire de Paris"))
                .body(containsString("Legal obligation"));
        other.browser()
                .get("/account")
                .then()
                .body(not(containsString("Tribunal judiciaire de Paris")));

        // recorded while the law forbids telling the user: out of their view until they are told
        admin.submit(page, page, disclosure("Gagged agency", false)).then().statusCode(303);
        user.browser().get("/account").then().body(not(containsString("Gagged agency")));
        UUID gagged =
                Db.inTransaction(
                        () ->
                                Disclosure.<Disclosure>find(
                                                "accountId = ?1 and recipient = ?2",
                                                user.id(),
                                                "Gagged agency")
                                        .firstResult()
                                        .id);
        admin.submit(page, page + "/" + gagged + "/notify", Map.of()).then().statusCode(303);
        assertNotNull(Db.inTransaction(() -> Disclosure.<Disclosure>findById(gagged).notifiedAt));
        user.browser().get("/account").then().body(containsString("Gagged agency"));
        admin.submit(
                        page,
                        "/admin/accounts/" + other.id() + "/disclosures/" + gagged + "/notify",
                        Map.of())
                .then()
                .statusCode(404);
    }

    @Test
    void aDisclosureFormWithMissingOrWrongValuesIsRefusedAndNothingIsRecorded() {
        User user = signedInUser();
        Browser admin = signedInAdmin();
        String page = "/admin/accounts/" + user.id() + "/disclosures";
        Map<String, String> bad = new HashMap<>(disclosure("Kept recipient", true));
        bad.put("purpose", "");
        bad.put("legalBasis", "BECAUSE");
        bad.put("disclosedOn", LocalDate.now().plusDays(2).toString());
        admin.submit(page, page, bad)
                .then()
                .statusCode(422)
                .body(containsString("Enter why the data was disclosed."))
                .body(containsString("Choose the legal basis."))
                .body(containsString("Enter the date of the disclosure, today or earlier."))
                .body(containsString("value=\"Kept recipient\""));
        assertEquals(0L, Db.inTransaction(() -> Disclosure.count("accountId", user.id())));

        user.browser()
                .submit("/account", page, disclosure("Not an admin", true))
                .then()
                .statusCode(403);
        admin.post(page, disclosure("No token", true)).then().statusCode(400);
        assertEquals(0L, Db.inTransaction(() -> Disclosure.count("accountId", user.id())));
    }

    private static Map<String, String> disclosure(String recipient, boolean notify) {
        Map<String, String> form = new HashMap<>();
        form.put("recipient", recipient);
        form.put("purpose", "Criminal investigation");
        form.put("legalBasis", "LEGAL_OBLIGATION");
        form.put("dataCategories", "Name, email, sign-in history");
        form.put("disclosedOn", LocalDate.now().minusDays(1).toString());
        if (notify) {
            form.put("notify", "true");
        }
        return form;
    }

    // --- cookies and analytics ---

    @Test
    void theBannerAsksOnceAndTheAnswerIsKept() {
        Browser browser = new Browser();
        browser.get("/").then().body(containsString("class=\"cookie-banner\""));
        browser.submit("/", "/privacy/cookies", Map.of("analytics", "refused", "next", "/privacy"))
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/privacy"));
        assertEquals("refused", browser.cookie(CookieConsent.COOKIE));
        browser.get("/privacy")
                .then()
                .body(not(containsString("class=\"cookie-banner\"")))
                .body(containsString("In this browser, you refused analytics"));

        browser.submit("/privacy", "/privacy/cookies", Map.of("analytics", "maybe"))
                .then()
                .statusCode(400);
        browser.post("/privacy/cookies", Map.of("analytics", "granted")).then().statusCode(400);
        assertEquals("refused", browser.cookie(CookieConsent.COOKIE));
    }

    @Test
    void pageViewsAreCountedOnlyWithConsentAndNeverWithGlobalPrivacyControl() throws Exception {
        pageViews.flush();
        long before = views();

        Browser granted = new Browser();
        granted.submit("/", "/privacy/cookies", Map.of("analytics", "granted"))
                .then()
                .statusCode(303);
        granted.get("/privacy").then().statusCode(200);
        Browser gpc = new Browser();
        gpc.setCookie(CookieConsent.COOKIE, "granted");
        gpc.header("Sec-GPC", "1");
        gpc.get("/privacy")
                .then()
                .statusCode(200)
                .body(not(containsString("class=\"cookie-banner\"")))
                .body(containsString("Your browser sends Global Privacy Control"))
                .body(not(containsString("name=\"analytics\"")));
        Browser refused = new Browser();
        refused.setCookie(CookieConsent.COOKIE, "refused");
        refused.get("/privacy").then().statusCode(200);
        new Browser().get("/privacy").then().statusCode(200);
        pageViews.flush();

        assertEquals(before + 1, views());
    }

    @Test
    void theSignedInUserSeesAndChangesTheChoiceOnTheDashboard() {
        User user = signedInUser();
        user.browser()
                .get("/account")
                .then()
                .body(containsString("You have not answered yet in this browser"));
        user.browser()
                .submit(
                        "/account",
                        "/privacy/cookies",
                        Map.of("analytics", "granted", "next", "/account#cookies"))
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/account#cookies"));
        user.browser()
                .get("/account")
                .then()
                .body(containsString("you allowed page views to be counted"));
    }

    @Test
    void pageViewsAreNamedByThePagesPathTemplateAndShownSoToAdmins() throws Exception {
        pageViews.flush();
        long before = views("/privacy/{version}");
        Browser granted = new Browser();
        granted.submit("/", "/privacy/cookies", Map.of("analytics", "granted"))
                .then()
                .statusCode(303);
        granted.get("/privacy/2026-11").then().statusCode(200);
        pageViews.flush();

        assertEquals(before + 1, views("/privacy/{version}"));
        assertEquals(0, views("/privacy/2026-11"), "never the address itself");
        assertEquals(0, views("PrivacyResource.version"), "nor the Java method");
        signedInAdmin()
                .get("/admin/analytics")
                .then()
                .body(containsString("<td data-label=\"Page\">/privacy/{version}</td>"));
    }

    private long views() {
        return views("/privacy");
    }

    private long views(String page) {
        return Db.inTransaction(
                () ->
                        ((Number)
                                        Panache.getEntityManager()
                                                .createNativeQuery(
                                                        "SELECT COALESCE(SUM(views), 0) FROM page_view WHERE page = ?1")
                                                .setParameter(1, page)
                                                .getSingleResult())
                                .longValue());
    }

    // --- underage reports ---

    @Test
    void anyoneCanReportAnAccountAndTheAnswerNeverSaysWhetherItExists() {
        User reported = signedInUser();
        Map<String, String> form =
                Map.of(
                        "reported",
                        reported.email(),
                        "details",
                        "Says they are 15 on their profile.");
        new Browser()
                .submit("/report-underage", "/report-underage", form)
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/"));
        new Browser()
                .submit(
                        "/report-underage",
                        "/report-underage",
                        Map.of(
                                "reported",
                                "nobody-" + UUID.randomUUID() + "@example.com",
                                "details",
                                "Unknown account."))
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/"));
        UnderageReport report =
                Db.inTransaction(
                        () ->
                                UnderageReport.<UnderageReport>find("reported", reported.email())
                                        .firstResult());
        assertEquals(reported.id(), report.accountId);

        Browser admin = signedInAdmin();
        admin.get("/admin/reports")
                .then()
                .statusCode(200)
                .body(containsString(reported.email()))
                .body(containsString("Says they are 15 on their profile."));
        admin.submit("/admin/reports", "/admin/reports/" + report.id + "/handled", Map.of())
                .then()
                .statusCode(303);
        assertNotNull(
                Db.inTransaction(
                        () -> UnderageReport.<UnderageReport>findById(report.id).handledAt));
        reported.browser().get("/admin/reports").then().statusCode(403);
    }

    @Test
    void aReportWithMissingOrWrongValuesIsRefusedKeepingWhatWasTyped() {
        long reports = Db.<Long>inTransaction(() -> UnderageReport.count());
        new Browser()
                .submit(
                        "/report-underage",
                        "/report-underage",
                        Map.of(
                                "reported",
                                "",
                                "details",
                                "Kept details",
                                "reporterEmail",
                                "not-an-email"))
                .then()
                .statusCode(422)
                .body(containsString("Enter the profile address, handle or email of the account."))
                .body(
                        containsString(
                                "Enter an email address like name@example.com, or leave it empty."))
                .body(containsString("Kept details"))
                .body(containsString("value=\"not-an-email\""));
        new Browser()
                .submit(
                        "/report-underage",
                        "/report-underage",
                        Map.of("reported", "someone", "details", " "))
                .then()
                .statusCode(422)
                .body(containsString("Say why you believe its holder is under 18."));
        new Browser()
                .post("/report-underage", Map.of("reported", "someone", "details", "x"))
                .then()
                .statusCode(400);
        assertEquals(reports, (long) Db.<Long>inTransaction(() -> UnderageReport.count()));
    }

    @Test
    void reportsFromOneAddressAreLimitedToFiveAnHour() {
        for (int i = 0; i < 5; i++) {
            new Browser()
                    .submit(
                            "/report-underage",
                            "/report-underage",
                            Map.of("reported", "handle" + i, "details", "Report " + i))
                    .then()
                    .statusCode(303);
        }
        new Browser()
                .submit(
                        "/report-underage",
                        "/report-underage",
                        Map.of("reported", "handle6", "details", "x"))
                .then()
                .statusCode(429);
        assertNull(
                Db.inTransaction(() -> UnderageReport.find("reported", "handle6").firstResult()));
    }

    private static void assertContains(String text, String expected) {
        if (!text.contains(expected)) {
            throw new AssertionError("Expected to find: " + expected);
        }
    }
}
