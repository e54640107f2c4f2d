package dev.custodian.closure;

import static dev.custodian.testing.Accounts.signedInUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custodian.account.Account;
import dev.custodian.export.DataExport;
import dev.custodian.export.ExportJob;
import dev.custodian.mail.MailDispatcher;
import dev.custodian.product.Invoice;
import dev.custodian.product.ProductService;
import dev.custodian.testing.Accounts.User;
import dev.custodian.testing.Db;
import dev.custodian.testing.MailServer;
import dev.custodian.testing.TestClock;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With a manifest of other periods than the bundled one's
 * (src/test/resources/manifest/periods.yaml: activity 30 days, consent 2 years after erasure,
 * invoices 4 years, copies 3 days, erasure 2 months after closure; marketing and public profiles
 * off), the jobs keep those periods and the dashboard and the export say them.
 */
@QuarkusTest
@TestProfile(RetentionByManifestTest.OtherPeriods.class)
class RetentionByManifestTest {

    public static class OtherPeriods implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("custodian.manifest", "src/test/resources/manifest/periods.yaml");
        }
    }

    private static final DateTimeFormatter LONG_DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH);

    @Inject ErasureJob erasure;

    @Inject RetentionJob retention;

    @Inject ClosureService closure;

    @Inject ProductService products;

    @Inject ExportJob exports;

    @Inject MailDispatcher dispatcher;

    @Inject TestClock clock;

    @BeforeEach
    void start() {
        MailServer.start();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void activityGoesAfterTheManifestsDaysAndConsentItsYearsAfterTheErasure() {
        clock.freeze();
        User user = signedInUser();
        Instant now = clock.instant();
        UUID old = event(user.id(), now.minus(Duration.ofDays(30)).minusSeconds(60));
        UUID recent = event(user.id(), now.minus(Duration.ofDays(29)));
        retention.deleteOldActivity();
        assertEquals(0L, rows("account_event", "id", old), "older than 30 days");
        assertEquals(1L, rows("account_event", "id", recent));

        consent(user.id(), now);
        closure.close(user.id(), true, null, null);
        dispatcher.dispatchDue();
        erasure.eraseDue();
        clock.advance(Duration.ofDays(2 * 365 - 2));
        retention.deleteHeldConsent();
        assertEquals(1L, rows("consent_event", "account_id", user.id()), "2 years are not over");
        clock.advance(Duration.ofDays(10));
        retention.deleteHeldConsent();
        assertEquals(0L, rows("consent_event", "account_id", user.id()));
    }

    @Test
    void closureInvoicesAndCopiesTakeTheManifestsPeriods() {
        clock.freeze();
        User user = signedInUser();
        String number = "P-" + UUID.randomUUID().toString().substring(0, 12);
        products.addInvoice(
                user.id(), number, LocalDate.of(2026, 3, 1), new BigDecimal("1.00"), "EUR");
        assertEquals(
                LocalDate.of(2030, 3, 1),
                Db.inTransaction(
                        () -> Invoice.<Invoice>find("number", number).firstResult().retainUntil));

        user.browser()
                .submit("/account/data", "/account/data/request", Map.of())
                .then()
                .statusCode(303);
        exports.buildRequested();
        DataExport export = Db.inTransaction(() -> DataExport.ofAccount(user.id()).get(0));
        assertEquals(export.readyAt.plus(Duration.ofDays(3)), export.expiresAt);

        closure.close(user.id(), false, null, null);
        Instant eraseAfter =
                Db.inTransaction(() -> Account.<Account>findById(user.id()).eraseAfter);
        assertEquals(clock.instant().atZone(ZoneOffset.UTC).plusMonths(2).toInstant(), eraseAfter);
    }

    @Test
    void theDashboardAndTheExportSayTheManifestsPeriodsAndHideWhatItTurnsOff() throws IOException {
        clock.freeze();
        User user = signedInUser();
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        String page = user.browser().get("/account").then().statusCode(200).extract().asString();
        for (String expected :
                List.of(
                        ">While your account is open, and 2 months after you close it</td>",
                        ">30 days from each entry</td>",
                        ">3 days from each entry</td>",
                        ">2 years after your account is erased</td>",
                        ">4 years from issue (the law requires 3 years: French Commercial Code art."
                                + " L123-22)</td>",
                        "If you closed your account today, it would be deleted by "
                                + LONG_DATE.format(today.plusMonths(2))
                                + ".",
                        "If you closed your account today, it would be kept until "
                                + LONG_DATE.format(today.plusMonths(2).plusYears(2))
                                + ".",
                        "<li>Germany: Our own servers in Frankfurt.</li>",
                        "<tr><td>The tax office</td><td data-label=\"Role\">Other recipient</td>",
                        "<td data-label=\"Data received\">Invoices, Products and services</td>",
                        // the consent choice left is the cookie one; no visibility page to link
                        "<a href=\"#cookies\">Consent history",
                        "<tr><td>Visibility choices</td>")) {
            assertTrue(page.contains(expected), () -> "no " + expected + " in " + page);
        }
        assertFalse(page.contains("href=\"/account/communications\""), "no communications card");
        assertFalse(page.contains("href=\"/account/visibility\""), "no visibility card");
        assertFalse(page.contains("Backup copies"), "no backup location");

        user.browser()
                .submit("/account/data", "/account/data/request", Map.of())
                .then()
                .statusCode(303);
        exports.buildRequested();
        UUID exportId = Db.inTransaction(() -> DataExport.ofAccount(user.id()).get(0).id);
        Map<String, String> files =
                unzip(user.browser().get("/account/data/" + exportId + "/archive").asByteArray());
        assertTrue(files.get("index.html").contains("<h1>Your data at Periodic</h1>"));
        JsonNode about = new ObjectMapper().readTree(files.get("data.json")).get("about");
        Map<String, JsonNode> byId = new HashMap<>();
        about.get("categories")
                .forEach(category -> byId.put(category.get("id").asText(), category));
        assertEquals(30, byId.get("activity").at("/retention/days").asInt());
        assertEquals(2, byId.get("contact").at("/retention/months").asInt());
        assertEquals("recipient", about.at("/recipients/0/kind").asText());
        assertEquals(0, about.at("/storage/backups").size());
    }

    private static UUID event(UUID accountId, Instant at) {
        UUID id = UUID.randomUUID();
        execute(
                "INSERT INTO account_event (id, account_id, type, occurred_at) VALUES (?1, ?2, 'SIGNED_IN', ?3)",
                id,
                accountId,
                at);
        return id;
    }

    private static void consent(UUID accountId, Instant at) {
        execute(
                "INSERT INTO consent_event (account_id, category, action, source, occurred_at, ip) "
                        + "VALUES (?1, 'PAGE_VIEWS', 'GRANT', 'COOKIE_SETTINGS', ?2, '203.0.113.5')",
                accountId,
                at);
    }

    private static void execute(String sql, Object... values) {
        Db.inTransaction(
                () -> {
                    var query = Panache.getEntityManager().createNativeQuery(sql);
                    for (int i = 0; i < values.length; i++) {
                        query.setParameter(i + 1, values[i]);
                    }
                    return query.executeUpdate();
                });
    }

    private static long rows(String table, String column, UUID value) {
        return Db.inTransaction(
                () ->
                        ((Number)
                                        Panache.getEntityManager()
                                                .createNativeQuery(
                                                        "SELECT COUNT(*) FROM "
                                                                + table
                                                                + " WHERE "
                                                                + column
                                                                + " = ?1")
                                                .setParameter(1, value)
                                                .getSingleResult())
                                .longValue());
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
