package dev.custodian.webhook;

import static dev.custodian.testing.Accounts.PASSWORD;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custodian.closure.ClosureService;
import dev.custodian.closure.ErasureJob;
import dev.custodian.communication.MarketingCategories;
import dev.custodian.communication.UnsubscribeTokens;
import dev.custodian.mail.MailDispatcher;
import dev.custodian.privacy.PolicyAcceptances;
import dev.custodian.privacy.PolicyVersion;
import dev.custodian.product.Product;
import dev.custodian.product.ProductService;
import dev.custodian.profile.EmailChangeService;
import dev.custodian.testing.Accounts;
import dev.custodian.testing.Accounts.User;
import dev.custodian.testing.Browser;
import dev.custodian.testing.Db;
import dev.custodian.testing.MailServer;
import dev.custodian.testing.TestClock;
import dev.custodian.testing.WebhookReceiver;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each feature publishes its event in the transaction of its change, with no more than it needs.
 */
@QuarkusTest
class FeatureEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject Webhooks webhooks;

    @Inject WebhookDispatcher dispatcher;

    @Inject MailDispatcher mail;

    @Inject EmailChangeService emailChanges;

    @Inject ClosureService closure;

    @Inject ErasureJob erasure;

    @Inject ProductService products;

    @Inject PolicyAcceptances acceptances;

    @Inject UnsubscribeTokens unsubscribeTokens;

    @Inject MarketingCategories categories;

    @Inject TestClock clock;

    private WebhookReceiver receiver;
    private String secret;

    @BeforeEach
    void anEndpointForEverything() {
        MailServer.start();
        Db.inTransaction(() -> WebhookEndpoint.deleteAll());
        receiver = WebhookReceiver.start();
        secret =
                webhooks.create(receiver.url(), EnumSet.allOf(WebhookType.class), "Stripe")
                        .secret();
    }

    @AfterEach
    void stop() {
        receiver.close();
        clock.reset();
    }

    @Test
    void noDeliveryIsWrittenForAnEventThatWasNot() {
        // the endpoint wants the type, but the event's insert wrote nothing (an endpoint disabled
        // between the question and the insert): a batch then asks for deliveries of a missing id
        UUID missing = UUID.randomUUID();
        Instant now = clock.instant();
        int written =
                Db.inTransaction(
                        () ->
                                Panache.getEntityManager()
                                        .createNativeQuery(Events.DELIVERIES_SQL)
                                        .setParameter(1, missing)
                                        .setParameter(2, now)
                                        .setParameter(3, now)
                                        .setParameter(4, WebhookType.CONSENT_CHANGED.name())
                                        .setParameter(5, missing)
                                        .executeUpdate());

        assertEquals(0, written);
        assertEquals(
                0, Db.count("SELECT COUNT(*) FROM webhook_delivery WHERE event_id = ?1", missing));
    }

    @Test
    void signingUpVerifyingAndChangingTheEmailAreTold() {
        Browser browser = new Browser();
        String email = Accounts.signUp(browser);
        UUID id = Db.account(email).orElseThrow().id;
        assertEquals(List.of("account.created"), types(id));
        assertFalse(events(id).get(0).toString().contains(email), "no unverified address");

        mail.dispatchDue();
        String verify = MailServer.to(email).get(0).link("/verify-email?token=");
        browser.submit(verify, "/verify-email", Map.of("token", token(verify)))
                .then()
                .statusCode(303);
        JsonNode verified = last(id, "account.verified");
        assertEquals(email, verified.get("data").get("email").asText());

        String newEmail = Accounts.uniqueEmail();
        emailChanges.request(id, newEmail, "203.0.113.9", "test");
        mail.dispatchDue();
        String link = MailServer.to(newEmail).get(0).link("/email-change/confirm?token=");
        emailChanges.confirm(token(link), Optional.empty(), "203.0.113.9", "test");
        JsonNode changed = last(id, "account.email_changed");
        assertEquals(newEmail, changed.get("data").get("email").asText());
        assertEquals(id.toString(), changed.get("data").get("account_id").asText());

        dispatcher.dispatchDue();
        assertEquals(3, receiver.received().size());
        receiver.received().forEach(r -> assertTrue(WebhookReceiver.verify(secret, r)));
    }

    @Test
    void everyConsentChangeIsToldWithItsCategoryChoiceAndSource() {
        User user = Accounts.signedInUser();
        String category = categories.offered().get(0).id();
        user.browser()
                .submit(
                        "/account/communications",
                        "/account/communications",
                        Map.of("marketing", category))
                .then()
                .statusCode(303);
        JsonNode granted = last(user.id(), "consent.changed");
        assertEquals(category, granted.get("data").get("category").asText());
        assertTrue(granted.get("data").get("granted").asBoolean());
        assertEquals("settings", granted.get("data").get("source").asText());

        String token = unsubscribeTokens.create(user.id(), categories.offered().get(0));
        given().redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click")
                .post("/unsubscribe/" + token)
                .then()
                .statusCode(200);
        JsonNode withdrawn = last(user.id(), "consent.changed");
        assertFalse(withdrawn.get("data").get("granted").asBoolean());
        assertEquals("one_click", withdrawn.get("data").get("source").asText());
        assertEquals(category, withdrawn.get("data").get("category").asText());
        assertEquals(
                0L,
                Db.count(
                        "SELECT COUNT(*) FROM webhook_event e WHERE e.account_id = ?1 AND NOT EXISTS"
                                + " (SELECT 1 FROM webhook_delivery d WHERE d.event_id = e.id)",
                        user.id()),
                "each event, the one-click withdrawal's among them, has its delivery");
    }

    @Test
    void acceptingAPolicyAndEndingAProductAreTold() {
        User user = Accounts.signedInUser();
        String label = "W" + Long.toString(System.nanoTime(), 36);
        Instant later = clock.instant().plus(Duration.ofDays(1));
        Db.inTransaction(
                () -> {
                    PolicyVersion version = new PolicyVersion();
                    version.version = label;
                    version.publishedAt = later;
                    version.reducesRights = true;
                    version.persist();
                    return null;
                });
        try {
            clock.advance(Duration.ofDays(2));
            acceptances.accept(user.id(), "203.0.113.9", "test");
        } finally {
            clock.reset();
            Db.inTransaction(
                    () -> {
                        var em = Panache.getEntityManager();
                        em.createNativeQuery(
                                        "DELETE FROM policy_acceptance WHERE policy_version_id IN "
                                                + "(SELECT id FROM policy_version WHERE version = ?1)")
                                .setParameter(1, label)
                                .executeUpdate();
                        return em.createNativeQuery("DELETE FROM policy_version WHERE version = ?1")
                                .setParameter(1, label)
                                .executeUpdate();
                    });
        }
        assertEquals(label, last(user.id(), "policy.accepted").get("data").get("version").asText());

        products.add(user.id(), "Backup", "service");
        UUID productId =
                Db.inTransaction(
                        () -> Product.<Product>find("accountId", user.id()).firstResult().id);
        products.terminate(user.id(), productId, "203.0.113.9", "test");
        JsonNode ended = last(user.id(), "product.terminated_by_user");
        assertEquals(productId.toString(), ended.get("data").get("product_id").asText());
    }

    @Test
    void closingReopeningAndErasingAreToldAndTheErasureLeavesItsProof() {
        User user = Accounts.signedInUser();
        String told = "these recipients will be told, so that they erase it too: Stripe.";
        user.browser()
                .get("/account")
                .then()
                .statusCode(200)
                .body(containsString("Told of your erasure"))
                .body(containsString("Not yet: it will be told when your data is erased"));
        user.browser()
                .submit("/account/close", "/account/close/review", Map.of("when", "later"))
                .then()
                .statusCode(200)
                .body(containsString(told));
        closure.close(user.id(), false, "203.0.113.9", "test");
        assertNotNull(last(user.id(), "account.closed").get("data").get("erase_after"));
        new Browser().get("/closed").then().statusCode(200).body(containsString(told));
        mail.dispatchDue();
        MailServer.Received closedMail = MailServer.single(user.email(), "Your account is closed");
        assertTrue(closedMail.text().contains(told), closedMail.text());
        String reopen = closedMail.link("/reopen");
        assertTrue(closure.reopen(token(reopen), PASSWORD, null, "203.0.113.9", "test"));
        assertEquals(
                List.of("account.created", "account.closed", "account.reopened"), types(user.id()));

        closure.close(user.id(), true, "203.0.113.9", "test");
        mail.dispatchDue();
        erasure.eraseDue();
        JsonNode erased = last(user.id(), "account.erased");
        assertEquals(
                Map.of("account_id", user.id().toString()),
                JSON.convertValue(erased.get("data"), Map.class));
        Object[] notice = notice(user.id());
        assertEquals("Stripe", notice[0]);
        assertNull(notice[1], "not told yet");
        Browser admin = Accounts.signedInAdmin();
        admin.get("/admin/accounts/" + user.id())
                .then()
                .statusCode(200)
                .body(containsString("Recipients told of this account"))
                .body(containsString("Stripe: Not yet"));

        dispatcher.dispatchDue();
        assertNotNull(notice(user.id())[1], "told, kept as proof");
        admin.get("/admin/accounts/" + user.id())
                .then()
                .statusCode(200)
                .body(containsString("Stripe: " + clock.instant().toString().substring(0, 10)));
        assertTrue(receiver.received().stream().anyMatch(r -> r.body().contains("account.erased")));
    }

    private static String token(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    private static Object[] notice(UUID accountId) {
        return Db.inTransaction(
                () ->
                        (Object[])
                                Panache.getEntityManager()
                                        .createNativeQuery(
                                                "SELECT recipient, told_at FROM webhook_erasure_notice WHERE account_id = ?1")
                                        .setParameter(1, accountId)
                                        .getSingleResult());
    }

    private static List<JsonNode> events(UUID accountId) {
        return Db.inTransaction(
                () ->
                        WebhookEvent.<WebhookEvent>list(
                                        "accountId = ?1 order by createdAt, id", accountId)
                                .stream()
                                .map(event -> read(event.body))
                                .toList());
    }

    private static List<String> types(UUID accountId) {
        return events(accountId).stream().map(e -> e.get("type").asText()).toList();
    }

    private static JsonNode last(UUID accountId, String type) {
        List<JsonNode> of =
                events(accountId).stream()
                        .filter(e -> e.get("type").asText().equals(type))
                        .toList();
        assertFalse(of.isEmpty(), "no " + type + " in " + types(accountId));
        return of.get(of.size() - 1);
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
