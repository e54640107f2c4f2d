package dev.custodian.communication;

import static dev.custodian.communication.CommunicationTest.NEWSLETTER;
import static dev.custodian.communication.CommunicationTest.draftPage;
import static dev.custodian.communication.CommunicationTest.onlyTheseSubscribe;
import static dev.custodian.communication.CommunicationTest.subscribe;
import static dev.custodian.communication.CommunicationTest.subscriptions;
import static dev.custodian.communication.CommunicationTest.unsubscribePath;
import static dev.custodian.communication.CommunicationTest.verified;
import static dev.custodian.testing.Accounts.signedInUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.mail.MailDispatcher;
import dev.custodian.testing.Accounts;
import dev.custodian.testing.Accounts.User;
import dev.custodian.testing.Browser;
import dev.custodian.testing.Campaigns;
import dev.custodian.testing.Db;
import dev.custodian.testing.MailServer;
import dev.custodian.testing.OwnChoices;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A company with marketing categories of its own, named in its manifest: every page and mail names
 * them so, without a line of code or a text changed. The bundled manifest's categories are not
 * among them, so rows of those are what a category a manifest no longer lists leaves behind.
 */
@QuarkusTest
@TestProfile(OwnChoices.class)
class OwnCategoriesTest {

    static final Category LETTERS = new Category("letters");
    static final Category WORKSHOPS = new Category("workshops");

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
    void thePreferencesSignUpAndCampaignFormOfferTheManifestsCategoriesUnderItsNames() {
        User user = signedInUser();
        user.browser()
                .get("/account/communications")
                .then()
                .statusCode(200)
                .body(containsString("name=\"marketing\" value=\"letters\""))
                .body(containsString("Job letters"))
                .body(containsString("Openings that match your profile, every Monday."))
                .body(containsString("name=\"marketing\" value=\"workshops\""))
                .body(not(containsString("value=\"newsletter\"")))
                .body(not(containsString("Newsletter")));

        new Browser()
                .header("Accept-Language", "fr")
                .get("/signup")
                .then()
                .statusCode(200)
                .body(containsString("Lettres d’emploi"))
                .body(containsString("Ateliers CV"))
                .body(not(containsString("value=\"newsletter\"")));
        Map<String, String> form = Accounts.signupForm(Accounts.uniqueEmail());
        form.put("marketing", "workshops");
        Accounts.signUp(new Browser(), form).then().statusCode(303);
        UUID created = Db.account(form.get("email")).orElseThrow().id;
        assertEquals(Set.of(WORKSHOPS), subscriptions(created));

        Browser admin = Accounts.signedInAdmin();
        admin.get("/admin/campaigns")
                .then()
                .statusCode(200)
                .body(containsString("<option value=\"letters\">Job letters</option>"))
                .body(containsString("<option value=\"workshops\">CV workshops</option>"))
                .body(not(containsString("value=\"newsletter\"")));
        Map<String, String> draft =
                new HashMap<>(Map.of("language", "en", "subject", "Old letter", "body", "Hello."));
        draft.put("category", "newsletter");
        admin.submit("/admin/campaigns", "/admin/campaigns", draft)
                .then()
                .statusCode(422)
                .body(containsString("Choose one of the categories."));
    }

    @Test
    void theMailAndTheUnsubscribePageNameTheCategoryAsTheManifestDoes() {
        onlyTheseSubscribe(LETTERS);
        User reader = verified(signedInUser());
        subscribe(reader, LETTERS, WORKSHOPS);
        Browser admin = Accounts.signedInAdmin();
        String page = draftPage(admin, "letters", "Openings this week", "Three new openings.");
        admin.get(page).then().statusCode(200).body(containsString("Job letters"));
        admin.submit(page, page + "/send", Map.of("confirmed", "yes")).then().statusCode(303);
        Campaigns.queued(sender, "Openings this week");
        dispatcher.dispatchDue();

        MailServer.Received mail = MailServer.single(reader.email(), "Openings this week");
        assertTrue(
                mail.text()
                        .contains(
                                "You receive this email because you subscribed to “Job letters”."),
                mail.text());
        String path = unsubscribePath(mail);
        new Browser()
                .get(path)
                .then()
                .statusCode(200)
                .body(containsString("Unsubscribe from “Job letters”"));
        new Browser()
                .post(path + "/all?from=page", Map.of())
                .then()
                .statusCode(200)
                .body(containsString("You will no longer receive any marketing email."));
        assertEquals(Set.of(), subscriptions(reader.id()), "all: every category offered");
    }

    @Test
    void rowsOfACategoryTheManifestNoLongerListsAreKeptButNotOffered() {
        User user = verified(signedInUser());
        Db.inTransaction(
                () -> {
                    var em = Panache.getEntityManager();
                    em.createNativeQuery(
                                    "INSERT INTO communication_preference (account_id, category, subscribed, updated_at) VALUES (?1, 'newsletter', TRUE, now())")
                            .setParameter(1, user.id())
                            .executeUpdate();
                    return em.createNativeQuery(
                                    "INSERT INTO consent_event (account_id, category, action, source, occurred_at) VALUES (?1, 'newsletter', 'GRANT', 'SETTINGS', now())")
                            .setParameter(1, user.id())
                            .executeUpdate();
                });

        user.browser()
                .get("/account/communications")
                .then()
                .statusCode(200)
                .body(not(containsString("value=\"newsletter\"")))
                .body(containsString(">newsletter</td>"));
        subscribe(user, LETTERS);
        assertEquals(
                Set.of(NEWSLETTER, LETTERS),
                subscriptions(user.id()),
                "saving the page leaves a category it does not offer as it was");
        assertEquals(
                1L,
                Db.inTransaction(
                        () ->
                                ConsentEvent.count(
                                        "accountId = ?1 and category = ?2", user.id(), NEWSLETTER)),
                "its consent history is kept: it is proof");

        // its old links still withdraw it: withdrawing stays as easy as consenting was
        String token = tokens.create(user.id(), NEWSLETTER);
        new Browser().get("/unsubscribe/" + token).then().statusCode(200);
        given().urlEncodingEnabled(false)
                .contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click")
                .post("/unsubscribe/" + token)
                .then()
                .statusCode(200);
        assertEquals(Set.of(LETTERS), subscriptions(user.id()), "withdrawn, though not offered");

        Campaign old =
                Db.inTransaction(
                        () -> {
                            Campaign campaign = new Campaign();
                            campaign.category = NEWSLETTER;
                            campaign.language = "en";
                            campaign.subject = "An old newsletter";
                            campaign.body = "Written before the manifest changed.";
                            campaign.status = Campaign.Status.DRAFT;
                            campaign.createdAt = Instant.now();
                            campaign.persist();
                            return campaign;
                        });
        try {
            Browser admin = Accounts.signedInAdmin();
            String page = "/admin/campaigns/" + old.id;
            admin.get(page)
                    .then()
                    .statusCode(200)
                    .body(containsString("no longer offers this category"))
                    .body(not(containsString("action=\"" + page + "/send\"")))
                    .body(containsString("action=\"" + page + "/delete\""));
            admin.submit(page, page + "/send", Map.of("confirmed", "yes")).then().statusCode(409);
            admin.submit(page, page + "/test", Map.of()).then().statusCode(409);
            Db.inTransaction(
                    () ->
                            Campaign.update(
                                    "status = ?1 where id = ?2", Campaign.Status.SENDING, old.id));
            sender.queueDue();
            assertEquals(
                    0,
                    Db.inTransaction(() -> Campaign.<Campaign>findById(old.id).queued),
                    "a campaign of a category no longer offered is never sent");
        } finally {
            // other test classes share the database: this campaign must not be sent by them
            Db.inTransaction(() -> Campaign.deleteById(old.id));
        }
    }
}
