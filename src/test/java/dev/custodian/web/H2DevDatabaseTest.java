package dev.custodian.web;

import static dev.custodian.testing.Accounts.PASSWORD;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.account.Account;
import dev.custodian.account.UnverifiedAccountCleanup;
import dev.custodian.closure.ClosureService;
import dev.custodian.closure.ErasureJob;
import dev.custodian.closure.RetentionJob;
import dev.custodian.communication.Campaign;
import dev.custodian.communication.CampaignSender;
import dev.custodian.communication.Category;
import dev.custodian.communication.CommunicationPreference;
import dev.custodian.communication.UnsubscribeTokens;
import dev.custodian.export.DataExport;
import dev.custodian.export.ExportJob;
import dev.custodian.mail.MailDispatcher;
import dev.custodian.privacy.PageViews;
import dev.custodian.product.Invoice;
import dev.custodian.profile.Profile;
import dev.custodian.testing.Accounts;
import dev.custodian.testing.Accounts.User;
import dev.custodian.testing.Browser;
import dev.custodian.testing.Db;
import dev.custodian.testing.MailServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Dev mode's embedded H2 database (PostgreSQL mode), which no other test uses: the migrations, the
 * throttling SQL, the in-memory rate limiter and the SKIP LOCKED claims must all work on it.
 */
@QuarkusTest
@TestProfile(H2DevDatabaseTest.H2.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class H2DevDatabaseTest {

    public static class H2 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.db-kind", "h2",
                    "quarkus.datasource.jdbc.url",
                            "jdbc:h2:mem:custodian-dev-check;MODE=PostgreSQL;"
                                    + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "quarkus.datasource.username", "sa",
                    "quarkus.datasource.password", "",
                    "custodian.rate-limit.login-per-address-per-minute", "10");
        }
    }

    @Inject MailDispatcher dispatcher;

    @Inject UnverifiedAccountCleanup cleanup;

    @Inject CampaignSender campaigns;

    @Inject UnsubscribeTokens tokens;

    @Inject ClosureService closure;

    @Inject ErasureJob erasure;

    @Inject RetentionJob retention;

    @Inject ExportJob exports;

    @Inject PageViews pageViews;

    @Test
    @Order(1)
    void theWholeSignUpJourneyRunsOnH2() {
        MailServer.start();
        Browser browser = new Browser();
        String email = Accounts.signUp(browser);
        Accounts.signIn(new Browser(), email, "a wrong passphrase for h2").then().statusCode(401);
        Accounts.signIn(browser, email, PASSWORD).then().statusCode(303);
        browser.get("/account").then().statusCode(200).body(containsString("Hello, Ada"));
        browser.get("/account/activity")
                .then()
                .statusCode(200)
                .body(containsString("Failed sign-in"));

        dispatcher.dispatchDue();
        String link =
                MailServer.single(email, "Confirm your email address").link("/verify-email?token=");
        browser.submit(
                        link,
                        "/verify-email",
                        Map.of("token", link.substring(link.indexOf('=') + 1)))
                .then()
                .statusCode(303);
        assertEquals(0, cleanup.deleteExpired());
    }

    /**
     * Each test profile loads its own copy of the test classes: this profile's mail server must
     * free the port for the next profile's.
     */
    @AfterAll
    static void stopMailServer() {
        MailServer.stop();
    }

    /** Runs last: it empties this address's bucket. */
    @Test
    @Order(2)
    void campaignsOneClickUnsubscribeExportAnalyticsClosureErasureAndPoliciesRunOnH2()
            throws Exception {
        User user = Accounts.signedInUser();
        user.browser()
                .submit(
                        "/account/communications",
                        "/account/communications",
                        Map.of("marketing", "newsletter"))
                .then()
                .statusCode(303);
        Db.inTransaction(
                () ->
                        Account.update(
                                "emailVerifiedAt = ?1 where id = ?2", Instant.now(), user.id()));
        Db.inTransaction(
                () -> {
                    Campaign campaign = new Campaign();
                    campaign.category = new Category("newsletter");
                    campaign.language = "en";
                    campaign.subject = "H2 letter";
                    campaign.body = "Hello from H2.";
                    campaign.status = Campaign.Status.SENDING;
                    campaign.createdAt = Instant.now();
                    campaign.persist();
                    return campaign;
                });
        assertEquals(1, campaigns.queueDue());

        given().contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click")
                .post("/unsubscribe/" + tokens.create(user.id(), new Category("newsletter")))
                .then()
                .statusCode(200);
        assertEquals(
                Set.of(), Db.inTransaction(() -> CommunicationPreference.subscriptions(user.id())));

        Db.inTransaction(
                () -> {
                    Profile profile = new Profile();
                    profile.accountId = user.id();
                    profile.handle = "h2-" + user.id().toString().substring(0, 8);
                    profile.handleNormalized = profile.handle;
                    profile.persist();
                    return profile;
                });
        String handle = "h2-" + user.id().toString().substring(0, 8);
        user.browser()
                .submit(
                        "/account/visibility",
                        "/account/visibility",
                        Map.of(
                                "name",
                                "PUBLIC",
                                "headline",
                                "MEMBERS",
                                "company",
                                "MEMBERS",
                                "city",
                                "PRIVATE",
                                "country",
                                "PRIVATE",
                                "about",
                                "PRIVATE",
                                "experiences",
                                "PRIVATE",
                                "email",
                                "PRIVATE",
                                "phone",
                                "PRIVATE",
                                "photo",
                                "MEMBERS"))
                .then()
                .statusCode(303);
        new Browser()
                .get("/p/" + handle)
                .then()
                .statusCode(200)
                .body(containsString("Ada Lovelace"));
        user.browser()
                .get("/p/" + handle + "?as=member")
                .then()
                .statusCode(200)
                .body(containsString("View as anyone"));
        user.browser()
                .get("/people?q=lovelace")
                .then()
                .statusCode(200)
                .body(containsString("/p/" + handle));

        user.browser()
                .submit("/account/data", "/account/data/request", Map.of())
                .then()
                .statusCode(303);
        assertEquals(1, exports.buildRequested());
        UUID exportId = Db.inTransaction(() -> DataExport.ofAccount(user.id()).get(0).id);
        user.browser()
                .get("/account/data/" + exportId + "/archive")
                .then()
                .statusCode(200)
                .contentType("application/zip");
        assertEquals(0, exports.expireDue());

        // the dashboard's one statement of counts and dates, with a date and timestamps to read
        LocalDate invoiceEnd = LocalDate.now(ZoneOffset.UTC).plusYears(10);
        Db.inTransaction(
                () -> {
                    Invoice invoice = new Invoice();
                    invoice.accountId = user.id();
                    invoice.number = "H2-" + user.id().toString().substring(0, 30);
                    invoice.issuedOn = LocalDate.now(ZoneOffset.UTC);
                    invoice.amount = BigDecimal.TEN;
                    invoice.currency = "EUR";
                    invoice.billingName = "Ada Lovelace";
                    invoice.billingAddress = "1 rue de Paris";
                    invoice.retainUntil = invoiceEnd;
                    invoice.persist();
                    return null;
                });
        Instant exportGoes =
                Db.inTransaction(() -> DataExport.<DataExport>findById(exportId).expiresAt);
        DateTimeFormatter longDate =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH);
        user.browser()
                .get("/account")
                .then()
                .statusCode(200)
                .body(containsString("The oldest entry goes on " + longDate.format(invoiceEnd)))
                .body(
                        containsString(
                                "The latest one goes on "
                                        + longDate.format(exportGoes.atZone(ZoneOffset.UTC))))
                .body(
                        containsString(
                                "<a href=\"/account/billing\">Invoices</a></td>"
                                        + "<td data-label=\"Entries\">1</td>"));

        user.browser()
                .submit("/account", "/privacy/cookies", Map.of("analytics", "granted"))
                .then()
                .statusCode(303);
        user.browser().get("/privacy").then().statusCode(200);
        pageViews.flush();
        user.browser().get("/privacy").then().statusCode(200);
        pageViews.flush();

        closure.close(user.id(), true, null, null);
        dispatcher.dispatchDue();
        assertEquals(1, erasure.eraseDue());
        retention.deleteOldActivity();
        retention.deleteExpiredInvoices();
        retention.deleteHeldConsent();

        // last, because sign-ups must then accept the new version
        Browser admin = new Browser();
        String adminEmail = Accounts.signUp(admin);
        Db.makeAdmin(adminEmail);
        Db.inTransaction(
                () ->
                        Account.update(
                                "emailVerifiedAt = ?1 where emailNormalized = ?2",
                                Instant.now(),
                                Account.normalizeEmail(adminEmail)));
        Accounts.signIn(admin, adminEmail, PASSWORD).then().statusCode(303);
        admin.submit(
                        "/admin/policies",
                        "/admin/policies",
                        Map.of(
                                "version",
                                "h2-check",
                                "summary_en",
                                "Less.",
                                "text_en",
                                "# Less",
                                "summary_fr",
                                "Moins.",
                                "text_fr",
                                "# Moins",
                                "reducesRights",
                                "true",
                                "confirmed",
                                "yes"))
                .then()
                .statusCode(200)
                .body(containsString("emails were queued"));
        given().get("/privacy/h2-check/changes")
                .then()
                .statusCode(200)
                .body(containsString("<ins># Less</ins>"));
    }

    @Test
    @Order(3)
    void theInMemoryAddressLimitHoldsOnH2() {
        int refused = 0;
        for (int i = 0; i < 12; i++) {
            int status =
                    Accounts.signIn(new Browser(), Accounts.uniqueEmail(), "wrong " + i)
                            .statusCode();
            refused += status == 429 ? 1 : 0;
        }
        assertTrue(refused >= 1, "the eleventh try in a minute is refused");
    }
}
