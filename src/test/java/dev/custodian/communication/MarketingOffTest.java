package dev.custodian.communication;

import static dev.custodian.communication.CommunicationTest.NEWSLETTER;
import static dev.custodian.communication.CommunicationTest.subscriptions;
import static dev.custodian.communication.CommunicationTest.verified;
import static dev.custodian.testing.Accounts.signedInUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.mail.MailDispatcher;
import dev.custodian.mail.OutboxMail;
import dev.custodian.testing.Accounts;
import dev.custodian.testing.Accounts.User;
import dev.custodian.testing.Browser;
import dev.custodian.testing.Db;
import dev.custodian.testing.FewerPromises;
import dev.custodian.testing.MailServer;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A company that sends no marketing at all (policy 003): no preferences page, no campaigns, no
 * unsubscribe pages or routes, no opt-in at sign-up, no mail; page-view consent, which is not
 * marketing, still works.
 */
@QuarkusTest
@TestProfile(FewerPromises.class)
class MarketingOffTest {

    @Inject UnsubscribeTokens tokens;

    @Inject CampaignSender sender;

    @Inject MailDispatcher dispatcher;

    @BeforeEach
    void start() {
        MailServer.start();
    }

    /** This profile's mail server must free the port for the next profile's. */
    @AfterAll
    static void stopMailServer() {
        MailServer.stop();
    }

    @Test
    void theEmailPreferencesAreGoneAndSignUpOffersNoOptIn() {
        User user = signedInUser();
        user.browser().get("/account/communications").then().statusCode(404);
        user.browser()
                .submit("/account", "/account/communications", Map.of("marketing", "newsletter"))
                .then()
                .statusCode(404);
        assertEquals(Set.of(), subscriptions(user.id()));

        new Browser()
                .get("/signup")
                .then()
                .statusCode(200)
                .body(not(containsString("name=\"marketing\"")))
                .body(not(containsString("marketing emails")));
        Map<String, String> form = Accounts.signupForm(Accounts.uniqueEmail());
        form.put("marketing", "newsletter");
        Accounts.signUp(new Browser(), form).then().statusCode(303);
        UUID created = Db.account(form.get("email")).orElseThrow().id;
        assertEquals(Set.of(), subscriptions(created), "an opt-in nobody offered is no consent");
        assertTrue(Db.inTransaction(() -> ConsentEvent.history(created)).isEmpty());
    }

    @Test
    void theCampaignsAreGoneForAdminsAndNothingIsSent() {
        Browser admin = Accounts.signedInAdmin();
        admin.get("/admin")
                .then()
                .statusCode(200)
                .body(not(containsString("/admin/campaigns")))
                .body(containsString("/admin/policies"));
        admin.get("/admin/campaigns").then().statusCode(404);
        admin.submit(
                        "/admin",
                        "/admin/campaigns",
                        Map.of(
                                "category",
                                "newsletter",
                                "language",
                                "en",
                                "subject",
                                "Hello",
                                "body",
                                "Hi."))
                .then()
                .statusCode(404);

        // a campaign left sending from before marketing was turned off, to a subscriber
        User subscriber = verified(signedInUser());
        Campaign leftOver =
                Db.inTransaction(
                        () -> {
                            Panache.getEntityManager()
                                    .createNativeQuery(
                                            "INSERT INTO communication_preference (account_id, category, subscribed, updated_at) VALUES (?1, 'newsletter', TRUE, now())")
                                    .setParameter(1, subscriber.id())
                                    .executeUpdate();
                            Campaign campaign = new Campaign();
                            campaign.category = NEWSLETTER;
                            campaign.language = "en";
                            campaign.subject = "Left over";
                            campaign.body = "Never sent.";
                            campaign.status = Campaign.Status.SENDING;
                            campaign.createdAt = Instant.now();
                            campaign.persist();
                            return campaign;
                        });
        try {
            admin.get("/admin/campaigns/" + leftOver.id).then().statusCode(404);
            admin.submit(
                            "/admin",
                            "/admin/campaigns/" + leftOver.id + "/test",
                            Map.of("confirmed", "yes"))
                    .then()
                    .statusCode(404);
            assertEquals(0, sender.queueDue(), "the sender sends nothing");
            assertEquals(
                    0L,
                    Db.inTransaction(
                            () ->
                                    OutboxMail.count(
                                            "recipient = ?1 and stream = ?2",
                                            subscriber.email(),
                                            OutboxMail.Stream.MARKETING)),
                    "no marketing mail, so no List-Unsubscribe header either");
        } finally {
            // other test classes share the database: this campaign must not be sent by them
            Db.inTransaction(() -> Campaign.deleteById(leftOver.id));
        }
    }

    @Test
    void marketingMailQueuedBeforeMarketingWasTurnedOffNeverLeaves() {
        User reader = verified(signedInUser());
        UUID queued =
                Db.inTransaction(
                        () -> {
                            OutboxMail mail = new OutboxMail();
                            mail.accountId = reader.id();
                            mail.kind = "campaign";
                            mail.recipient = reader.email();
                            mail.subject = "Queued before";
                            mail.bodyText = "Hi.";
                            mail.bodyHtml = "<p>Hi.</p>";
                            mail.messageId = "<" + UUID.randomUUID() + "@test>";
                            mail.status = OutboxMail.Status.PENDING;
                            mail.nextAttemptAt = Instant.now().minusSeconds(1);
                            mail.createdAt = Instant.now();
                            mail.stream = OutboxMail.Stream.MARKETING;
                            mail.persist();
                            return mail.id;
                        });
        dispatcher.dispatchDue();
        assertEquals(null, Db.inTransaction(() -> OutboxMail.findById(queued)), "dropped");
        assertTrue(
                MailServer.to(reader.email()).stream()
                        .noneMatch(m -> m.subject().equals("Queued before")));
    }

    @Test
    void unsubscribeLinksAndOneClickRoutesAnswer404() {
        User user = signedInUser();
        String token = tokens.create(user.id(), NEWSLETTER);
        new Browser().get("/unsubscribe/" + token).then().statusCode(404);
        for (String path :
                List.of("/unsubscribe/" + token, "/unsubscribe/" + token + "/all?from=page")) {
            given().urlEncodingEnabled(false)
                    .contentType("application/x-www-form-urlencoded")
                    .body("List-Unsubscribe=One-Click")
                    .post(path)
                    .then()
                    .statusCode(404);
        }
        for (String path : List.of("/one", "/again")) {
            user.browser()
                    .submit("/account", "/unsubscribe/" + token + path, Map.of())
                    .then()
                    .statusCode(404);
        }
        assertTrue(Db.inTransaction(() -> ConsentEvent.history(user.id())).isEmpty());
    }

    @Test
    void pageViewConsentStillFollowsTheOptOutSignal() {
        User user = signedInUser();
        user.browser().header("Sec-GPC", "1");
        user.browser().get("/account").then().statusCode(200);
        user.browser()
                .get("/privacy")
                .then()
                .statusCode(200)
                .body(containsString("Opt-out preference signal honoured."));
        List<ConsentEvent> history = Db.inTransaction(() -> ConsentEvent.history(user.id()));
        assertEquals(1, history.size());
        assertEquals(Category.PAGE_VIEWS, history.get(0).category);
        assertEquals(ConsentEvent.Action.WITHDRAW, history.get(0).action);
    }
}
