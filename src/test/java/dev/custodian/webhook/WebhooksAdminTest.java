package dev.custodian.webhook;

import static dev.custodian.testing.Browser.redirectsTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.account.Account;
import dev.custodian.testing.Accounts;
import dev.custodian.testing.Browser;
import dev.custodian.testing.Db;
import dev.custodian.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Admins add endpoints, see their deliveries and send a dead one again; nobody else can. */
@QuarkusTest
class WebhooksAdminTest {

    private static final String PAGE = "/admin/webhooks";
    private static final String URL = "http://127.0.0.1:9/events";

    @Inject Events events;

    @Inject WebhookDispatcher dispatcher;

    @Inject TestClock clock;

    @BeforeEach
    void noEndpoints() {
        Db.inTransaction(() -> WebhookEndpoint.deleteAll());
    }

    @AfterEach
    void restoreTime() {
        clock.reset();
    }

    @Test
    void anAdminAddsAnEndpointAndSeesItsSecretOnce() {
        Browser admin = Accounts.signedInAdmin();
        String page =
                admin.submit(
                                PAGE,
                                PAGE,
                                Map.of("url", URL, "recipient", "Stripe"),
                                "events",
                                List.of("account.erased", "consent.changed"))
                        .then()
                        .statusCode(200)
                        .header("Cache-Control", containsString("no-store"))
                        .extract()
                        .asString();
        Matcher secret = Pattern.compile("whsec_[A-Za-z0-9+/=]+").matcher(page);
        assertTrue(secret.find(), page);
        WebhookEndpoint stored = onlyEndpoint();
        assertEquals(URL, stored.url);
        assertEquals("Stripe", stored.recipient);
        assertEquals(
                EnumSet.of(WebhookType.ACCOUNT_ERASED, WebhookType.CONSENT_CHANGED),
                stored.eventTypes);
        assertFalse(
                new String(stored.secretEncrypted, StandardCharsets.ISO_8859_1)
                        .contains(secret.group().substring(6)),
                "stored encrypted");
        admin.get(PAGE)
                .then()
                .statusCode(200)
                .body(containsString(URL))
                .body(not(containsString(secret.group())));
        admin.get("/admin").then().body(containsString("href=\"/admin/webhooks\""));
    }

    @Test
    void eachBadFieldIsNamedTheTypedValuesKeptAndNothingAdded() {
        Browser admin = Accounts.signedInAdmin();
        refused(admin, Map.of("url", "", "recipient", ""), List.of("account.closed"))
                .body(containsString("Enter the endpoint&#39;s address."))
                .body(containsString("value=\"account.closed\" checked"));
        refused(
                        admin,
                        Map.of("url", "http://10.0.0.1/events", "recipient", ""),
                        List.of("account.closed"))
                .body(containsString("The address must start with https://."))
                .body(containsString("value=\"http://10.0.0.1/events\""));
        refused(
                        admin,
                        Map.of("url", "https://user:pw@127.0.0.1/", "recipient", ""),
                        List.of("account.closed"))
                .body(containsString("without a user name"));
        refused(admin, Map.of("url", URL, "recipient", ""), List.of())
                .body(containsString("Tick at least one event."));
        refused(admin, Map.of("url", URL, "recipient", ""), List.of("account.hacked"))
                .body(containsString("Tick only events from the list."));
        refused(admin, Map.of("url", URL, "recipient", "Nobody"), List.of("account.closed"))
                .body(containsString("Choose a recipient from the list."))
                .body(containsString("value=\"" + URL + "\""));
        assertEquals(0, Db.inTransaction(() -> WebhookEndpoint.count()));
    }

    @Test
    void theFormIsInFrench() {
        Browser admin = new Browser();
        String email = Accounts.signUp(admin);
        Db.makeAdmin(email);
        Db.inTransaction(
                () ->
                        Account.update(
                                "locale = 'fr' where emailNormalized = ?1",
                                Account.normalizeEmail(email)));
        Accounts.signIn(admin, email, Accounts.PASSWORD).then().statusCode(303);
        admin.get(PAGE)
                .then()
                .statusCode(200)
                .body(containsString("Ajouter un point de réception"));
    }

    @Test
    void onlyAdminsReachThePages() {
        Browser user = Accounts.signedInBrowser();
        user.get(PAGE).then().statusCode(403);
        user.submit("/account", PAGE, Map.of("url", URL), "events", List.of("account.closed"))
                .then()
                .statusCode(403);
        assertEquals(0, Db.inTransaction(() -> WebhookEndpoint.count()));
        new Browser().get(PAGE).then().statusCode(303);
    }

    @Test
    void aDeadDeliveryIsListedWithItsErrorAndSentAgain() {
        Browser admin = Accounts.signedInAdmin();
        admin.submit(
                        PAGE,
                        PAGE,
                        Map.of("url", URL, "recipient", ""),
                        "events",
                        List.of("account.closed"))
                .then()
                .statusCode(200);
        UUID endpoint = onlyEndpoint().id;
        clock.freeze();
        Db.inTransaction(
                () -> {
                    events.publish(WebhookType.ACCOUNT_CLOSED, UUID.randomUUID(), Map.of());
                    return null;
                });
        dispatcher.dispatchDue();
        clock.advance(Duration.ofDays(4));
        dispatcher.dispatchDue();
        // back to now, where the admin's session lives
        clock.reset();
        UUID delivery =
                Db.inTransaction(() -> WebhookDelivery.<WebhookDelivery>findAll().firstResult().id);

        String page = PAGE + "/" + endpoint;
        admin.get(page)
                .then()
                .statusCode(200)
                .body(containsString("Given up"))
                .body(containsString("ConnectException"))
                .body(containsString("data-label=\"Attempts\">2<"));
        admin.submit(page, page + "/deliveries/" + UUID.randomUUID() + "/send-again", Map.of())
                .then()
                .statusCode(404);
        admin.submit(
                        page,
                        PAGE + "/" + UUID.randomUUID() + "/deliveries/" + delivery + "/send-again",
                        Map.of())
                .then()
                .statusCode(404);
        admin.submit(page, page + "/deliveries/" + delivery + "/send-again", Map.of())
                .then()
                .statusCode(303)
                .header("Location", redirectsTo(page));
        WebhookDelivery again = Db.inTransaction(() -> WebhookDelivery.findById(delivery));
        assertEquals(WebhookDelivery.Status.PENDING, again.status);
        assertEquals(0, again.attempts);

        admin.submit(PAGE, PAGE + "/" + endpoint + "/enabled", Map.of("enabled", "false"))
                .then()
                .statusCode(303);
        assertFalse(onlyEndpoint().enabled);
        admin.submit(PAGE, PAGE + "/" + endpoint + "/enabled", Map.of("enabled", "maybe"))
                .then()
                .statusCode(400);
        admin.submit(PAGE, PAGE + "/" + endpoint + "/delete", Map.of()).then().statusCode(303);
        assertEquals(0, Db.inTransaction(() -> WebhookDelivery.count()));
        admin.get(page).then().statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse refused(
            Browser admin, Map<String, String> fields, List<String> ticked) {
        return admin.submit(PAGE, PAGE, fields, "events", ticked).then().statusCode(422);
    }

    private static WebhookEndpoint onlyEndpoint() {
        List<WebhookEndpoint> all =
                Db.inTransaction(() -> WebhookEndpoint.<WebhookEndpoint>listAll());
        assertEquals(1, all.size());
        return all.get(0);
    }
}
