package dev.custodian.communication;

import static dev.custodian.testing.Accounts.PASSWORD;
import static dev.custodian.testing.Accounts.signIn;
import static dev.custodian.testing.Accounts.signUp;
import static dev.custodian.testing.Accounts.signedInUser;
import static dev.custodian.testing.Accounts.signupForm;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.account.Account;
import dev.custodian.account.AccountStatus;
import dev.custodian.closure.ClosureService;
import dev.custodian.closure.ErasureJob;
import dev.custodian.mail.MailDispatcher;
import dev.custodian.mail.OutboxMail;
import dev.custodian.testing.Accounts;
import dev.custodian.testing.Accounts.User;
import dev.custodian.testing.Browser;
import dev.custodian.testing.Campaigns;
import dev.custodian.testing.Db;
import dev.custodian.testing.MailServer;
import dev.custodian.testing.TestPorts;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.james.jdkim.DKIMVerifier;
import org.apache.james.jdkim.api.SignatureRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommunicationTest {

    /** The bundled manifest's categories. */
    static final Category NEWSLETTER = new Category("newsletter");

    static final Category ANNOUNCEMENTS = new Category("announcements");

    static final Category EVENTS = new Category("events");

    private static final Pattern HTTPS_UNSUBSCRIBE =
            Pattern.compile("<(" + Pattern.quote(TestPorts.BASE_URL) + "(/unsubscribe/[^>]+))>");

    @Inject CampaignSender campaigns;

    @Inject MailDispatcher dispatcher;

    @Inject UnsubscribeTokens tokens;

    @Inject ClosureService closure;

    @Inject ErasureJob erasure;

    @BeforeEach
    void start() {
        MailServer.start();
    }

    @Test
    void marketingIsOffUntilTheUserOptsInAndEveryChangeIsInTheHistory() {
        User user = signedInUser();
        String page =
                user.browser()
                        .get("/account/communications")
                        .then()
                        .statusCode(200)
                        .body(containsString("Security"))
                        .body(containsString("Always on"))
                        .body(containsString("You have not given any consent"))
                        .extract()
                        .asString();
        assertFalse(page.contains(" checked"), "every category starts off");

        subscribe(user, NEWSLETTER, EVENTS);
        assertEquals(Set.of(NEWSLETTER, EVENTS), subscriptions(user.id()));
        subscribe(user, EVENTS);

        assertEquals(Set.of(EVENTS), subscriptions(user.id()));
        List<ConsentEvent> history = Db.inTransaction(() -> ConsentEvent.history(user.id()));
        assertEquals(3, history.size());
        assertEquals(ConsentEvent.Action.WITHDRAW, history.get(0).action);
        assertTrue(
                history.stream()
                        .allMatch(
                                e ->
                                        e.source == ConsentEvent.Source.SETTINGS
                                                && e.ip != null
                                                && "2026-11".equals(e.policyVersion)));
        user.browser()
                .get("/account/communications")
                .then()
                .body(containsString("Your choices are saved."))
                .body(containsString("Turned off"))
                .body(containsString("This page"));
    }

    @Test
    void savingPreferencesNeedsTheFormsTokenAndNeverTouchesAnotherAccount() {
        User user = signedInUser();
        user.browser()
                .post("/account/communications", Map.of("marketing", "newsletter"))
                .then()
                .statusCode(400);
        assertEquals(Set.of(), subscriptions(user.id()));

        User other = signedInUser();
        other.browser()
                .submit(
                        "/account/communications",
                        "/account/communications",
                        Map.of("marketing", "newsletter", "accountId", user.id().toString()))
                .then()
                .statusCode(303);
        assertEquals(Set.of(), subscriptions(user.id()));
        assertEquals(Set.of(NEWSLETTER), subscriptions(other.id()));
    }

    @Test
    void signUpOffersAnUntickedOptInPerCategory() {
        Browser browser = new Browser();
        String page = browser.get("/signup").then().statusCode(200).extract().asString();
        for (String category : List.of("newsletter", "announcements", "partners", "events")) {
            assertTrue(page.contains("name=\"marketing\" value=\"" + category + "\""), category);
        }
        assertTrue(page.contains("Partner offers"), "named as the manifest names it");
        assertFalse(page.contains("-hint\" checked"), "every box starts unticked");
        String without = Accounts.signUp(browser);
        Map<String, String> form = signupForm(Accounts.uniqueEmail());
        form.put("marketing", "newsletter");
        Accounts.signUp(new Browser(), form).then().statusCode(303);

        assertEquals(Set.of(), subscriptions(Db.account(without).orElseThrow().id));
        UUID opted = Db.account(form.get("email")).orElseThrow().id;
        assertEquals(Set.of(NEWSLETTER), subscriptions(opted));
        assertEquals(
                ConsentEvent.Source.SIGNUP,
                Db.inTransaction(() -> ConsentEvent.history(opted).get(0).source));
    }

    @Test
    void aCampaignReachesSubscribersWhoUnsubscribeInOneClickAsAMailboxProviderDoes()
            throws Exception {
        onlyTheseSubscribe(ANNOUNCEMENTS);
        User reader = subscribedVerifiedUser(ANNOUNCEMENTS);
        User multipartReader = subscribedVerifiedUser(ANNOUNCEMENTS);
        User notSubscribed = verified(signedInUser());
        User unverified = signedInUser();
        subscribe(unverified, ANNOUNCEMENTS);
        User closed = subscribedVerifiedUser(ANNOUNCEMENTS);
        closure.close(closed.id(), false, null, null);

        Browser admin = Accounts.signedInAdmin();
        send(
                admin,
                "announcements",
                "Our new backup service",
                "Backups every hour.\n\nFrom today.");

        MailServer.Received mail = MailServer.single(reader.email(), "Our new backup service");
        assertTrue(mail.text().contains("Backups every hour."), mail.text());
        assertEquals("List-Unsubscribe=One-Click", mail.header("List-Unsubscribe-Post"));
        assertTrue(
                mail.header("List-Unsubscribe")
                        .contains("<mailto:unsubscribe@custodian.localhost?subject="));
        assertTrue(
                mail.header("From").contains("news@custodian.localhost"),
                "marketing has its own sender");
        assertTrue(mail.text().contains("/unsubscribe/"), "a visible link too");
        assertDkimCoversTheUnsubscribeHeadersAndMessageId(mail);
        assertEquals(
                Db.inTransaction(
                        () ->
                                OutboxMail.<OutboxMail>find(
                                                "recipient = ?1 and subject = ?2",
                                                reader.email(),
                                                "Our new backup service")
                                        .singleResult()
                                        .messageId),
                mail.header("Message-ID"));
        for (User skipped : List.of(notSubscribed, unverified, closed)) {
            assertTrue(
                    MailServer.to(skipped.email()).stream()
                            .noneMatch(m -> m.subject().equals("Our new backup service")));
        }

        String path = unsubscribePath(mail);
        Response answer =
                given().redirects()
                        .follow(false)
                        .urlEncodingEnabled(false)
                        .contentType("application/x-www-form-urlencoded")
                        .body("List-Unsubscribe=One-Click")
                        .post(path);
        answer.then()
                .statusCode(200)
                .header("Set-Cookie", nullValue())
                .header("Location", nullValue())
                .body(containsString("You are unsubscribed"));
        String multipartPath =
                unsubscribePath(
                        MailServer.single(multipartReader.email(), "Our new backup service"));
        given().redirects()
                .follow(false)
                .urlEncodingEnabled(false)
                .multiPart("List-Unsubscribe", "One-Click")
                .post(multipartPath)
                .then()
                .statusCode(200)
                .header("Set-Cookie", nullValue());

        assertEquals(Set.of(), subscriptions(reader.id()));
        assertEquals(Set.of(), subscriptions(multipartReader.id()));
        assertEquals(
                ConsentEvent.Source.ONE_CLICK,
                Db.inTransaction(() -> ConsentEvent.history(reader.id()).get(0).source));
        given().redirects()
                .follow(false)
                .urlEncodingEnabled(false)
                .contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click")
                .post(path)
                .then()
                .statusCode(200);
        assertEquals(
                1L,
                Db.inTransaction(
                        () ->
                                ConsentEvent.count(
                                        "accountId = ?1 and action = ?2",
                                        reader.id(),
                                        ConsentEvent.Action.WITHDRAW)),
                "a second POST changes nothing");

        User stays = subscribedVerifiedUser(ANNOUNCEMENTS);
        send(admin, "announcements", "Second announcement", "More news.");
        MailServer.single(stays.email(), "Second announcement");
        assertTrue(
                MailServer.to(reader.email()).stream()
                        .noneMatch(m -> m.subject().equals("Second announcement")));
        admin.get("/admin/campaigns").then().body(containsString("Second announcement"));
    }

    @Test
    void aQueuedCampaignMailIsDroppedWhenItsReaderUnsubscribesOrClosesBeforeItLeaves() {
        onlyTheseSubscribe(EVENTS);
        User unsubscribes = subscribedVerifiedUser(EVENTS);
        User closes = subscribedVerifiedUser(EVENTS);
        User reads = subscribedVerifiedUser(EVENTS);
        Browser admin = Accounts.signedInAdmin();
        String page = draftPage(admin, "events", "Meetup in Lyon", "Come along.");
        admin.submit(page, page + "/send", Map.of("confirmed", "yes")).then().statusCode(303);
        Campaigns.queued(campaigns, "Meetup in Lyon");

        oneClick(tokens.create(unsubscribes.id(), EVENTS)).then().statusCode(200);
        closure.close(closes.id(), false, null, null);
        dispatcher.dispatchDue();

        MailServer.single(reads.email(), "Meetup in Lyon");
        for (User gone : List.of(unsubscribes, closes)) {
            assertTrue(
                    MailServer.to(gone.email()).stream()
                            .noneMatch(m -> m.subject().equals("Meetup in Lyon")));
        }
    }

    @Test
    void openingTheLinkChangesNothingAndThePageOffersOneOrAll() {
        User user = subscribedVerifiedUser(NEWSLETTER);
        subscribe(user, NEWSLETTER, EVENTS);
        String token = tokens.create(user.id(), NEWSLETTER);

        new Browser()
                .get("/unsubscribe/" + token)
                .then()
                .statusCode(200)
                .body(containsString("Unsubscribe from “Newsletter”"))
                .body(containsString("action=\"/unsubscribe/" + token + "/all?from=page\""))
                .body(containsString("href=\"/account/communications\""));
        assertEquals(Set.of(NEWSLETTER, EVENTS), subscriptions(user.id()));

        new Browser()
                .post("/unsubscribe/" + token + "/all?from=page", Map.of())
                .then()
                .statusCode(200)
                .body(containsString("You will no longer receive any marketing email."));
        assertEquals(Set.of(), subscriptions(user.id()));
        new Browser()
                .get("/unsubscribe/" + token)
                .then()
                .statusCode(200)
                .body(containsString("You are not subscribed to “Newsletter” (any more)."));
        assertTrue(
                Db.inTransaction(() -> ConsentEvent.history(user.id())).stream()
                        .limit(2)
                        .allMatch(e -> e.source == ConsentEvent.Source.EMAIL_LINK));

        user.browser()
                .submit(
                        "/account/communications",
                        "/account/communications",
                        Map.of("marketing", "newsletter"))
                .then()
                .statusCode(303);
        assertEquals(
                ConsentEvent.Action.GRANT,
                Db.inTransaction(() -> ConsentEvent.history(user.id()).get(0).action),
                "subscribing again is a new grant");
    }

    @Test
    void serviceMessagesStillArriveAfterUnsubscribingFromEverything() {
        User user = subscribedVerifiedUser(NEWSLETTER);
        new Browser()
                .post("/unsubscribe/" + tokens.create(user.id(), NEWSLETTER) + "/all", Map.of())
                .then()
                .statusCode(200);

        signIn(user.browser(), user.email(), PASSWORD).then().statusCode(303);
        user.browser()
                .submit(
                        "/account/security",
                        "/account/security/password",
                        Map.of(
                                "currentPassword",
                                PASSWORD,
                                "newPassword",
                                "a brand new passphrase for the harbour lantern"))
                .then()
                .statusCode(303);
        dispatcher.dispatchDue();

        MailServer.single(user.email(), "Your password was changed");
    }

    @Test
    void aTamperedTokenIsRefusedWithoutSayingAnythingAboutAnyAccount() {
        User user = subscribedVerifiedUser(NEWSLETTER);
        String token = tokens.create(user.id(), NEWSLETTER);
        String otherCategory = token.replaceFirst("^newsletter", "events");
        String forged =
                token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

        for (String bad :
                List.of(forged, otherCategory, "nonsense", "newsletter.x.y", "a".repeat(200))) {
            new Browser()
                    .get("/unsubscribe/" + bad)
                    .then()
                    .statusCode(400)
                    .body(containsString("This unsubscribe link is not valid"));
            given().urlEncodingEnabled(false)
                    .contentType("application/x-www-form-urlencoded")
                    .body("List-Unsubscribe=One-Click")
                    .post("/unsubscribe/" + bad)
                    .then()
                    .statusCode(400)
                    .body(containsString("This unsubscribe link is not valid"))
                    .body(not(containsString(user.email())));
        }
        assertEquals(Set.of(NEWSLETTER), subscriptions(user.id()));
    }

    @Test
    void closedAndErasedAccountsGetAQuietSuccess() {
        User closedUser = subscribedVerifiedUser(EVENTS);
        closure.close(closedUser.id(), false, null, null);
        oneClick(tokens.create(closedUser.id(), EVENTS)).then().statusCode(200);

        User erased = subscribedVerifiedUser(EVENTS);
        closure.close(erased.id(), true, null, null);
        dispatcher.dispatchDue();
        erasure.eraseDue();
        assertEquals(
                AccountStatus.ERASED,
                Db.inTransaction(() -> Account.<Account>findById(erased.id()).status));

        oneClick(tokens.create(erased.id(), EVENTS))
                .then()
                .statusCode(200)
                .body(containsString("You are unsubscribed"));
        List<ConsentEvent> kept = Db.inTransaction(() -> ConsentEvent.history(erased.id()));
        assertFalse(kept.isEmpty(), "the proof of consent is kept");
        assertTrue(kept.stream().allMatch(e -> e.ip == null), "without the address it came from");
    }

    @Test
    void aPersonWhoUnsubscribedByMistakeSubscribesAgainFromThePageThatConfirmedIt() {
        User user = subscribedVerifiedUser(NEWSLETTER);
        String token = tokens.create(user.id(), NEWSLETTER);
        oneClick(token).then().statusCode(200).body(not(containsString("/again")));
        subscribe(user, NEWSLETTER);

        // the page's forms carry the CSRF token, the undo too
        Browser person = new Browser();
        String confirm = "/unsubscribe/" + token;
        person.submit(confirm, confirm + "/one", Map.of())
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("action=\"/unsubscribe/" + token + "/again\""))
                .body(containsString("name=\"csrf-token\""))
                .body(containsString("I clicked by mistake: subscribe me again to “Newsletter”"));
        assertEquals(Set.of(), subscriptions(user.id()));

        new Browser().post(confirm + "/again", Map.of()).then().statusCode(400);
        assertEquals(Set.of(), subscriptions(user.id()), "no undo without the page's token");
        person.submit(confirm, confirm + "/again", Map.of())
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("You will receive “Newsletter” emails again."));
        assertEquals(Set.of(NEWSLETTER), subscriptions(user.id()));
        ConsentEvent grant = Db.inTransaction(() -> ConsentEvent.history(user.id()).get(0));
        assertEquals(ConsentEvent.Action.GRANT, grant.action);
        assertEquals(ConsentEvent.Source.UNSUBSCRIBE_UNDONE, grant.source);
        user.browser()
                .get("/account/communications")
                .then()
                .body(containsString("Undone on the unsubscribe page"));

        new Browser()
                .post("/unsubscribe/" + token + "/all?from=page", Map.of())
                .then()
                .statusCode(200)
                .body(not(containsString("/again")));
        String forged =
                token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        String otherCategory = token.replaceFirst("^newsletter", "events");
        for (String bad : List.of(forged, otherCategory, "nonsense")) {
            person.submit(confirm, "/unsubscribe/" + bad + "/again", Map.of())
                    .then()
                    .statusCode(400)
                    .body(containsString("This unsubscribe link is not valid"));
        }
        assertEquals(Set.of(), subscriptions(user.id()), "a bad link subscribes no one");

        closure.close(user.id(), false, null, null);
        person.submit(confirm, confirm + "/again", Map.of()).then().statusCode(400);
        assertEquals(Set.of(), subscriptions(user.id()), "a closed account stays unsubscribed");
    }

    @Test
    void theCampaignFormRefusesEachBadFieldAndKeepsWhatWasTyped() {
        Browser admin = Accounts.signedInAdmin();
        Map<String, String> good =
                Map.of(
                        "category",
                        "events",
                        "language",
                        "fr",
                        "subject",
                        "Rencontre à Lyon",
                        "body",
                        "Venez nombreux.");
        for (Map.Entry<String, String> bad :
                Map.of("category", "spam", "language", "de", "subject", "", "body", " ")
                        .entrySet()) {
            Map<String, String> form = new HashMap<>(good);
            form.put(bad.getKey(), bad.getValue());
            String page =
                    admin.submit("/admin/campaigns", "/admin/campaigns", form)
                            .then()
                            .statusCode(422)
                            .extract()
                            .asString();
            assertTrue(page.contains("aria-invalid=\"true\""), bad.getKey());
            if (!bad.getKey().equals("subject")) {
                assertTrue(
                        page.contains("value=\"Rencontre à Lyon\""), "the subject typed is kept");
            }
        }
        signedInUser().browser().get("/admin/campaigns").then().statusCode(403);
        admin.post("/admin/campaigns", good).then().statusCode(400);
    }

    @Test
    void anAdminEditsADraftWithAMessagePerBadFieldButNotACampaignAlreadySending() {
        Browser admin = Accounts.signedInAdmin();
        String page = draftPage(admin, "events", "Harbour meetup", "Come along.");
        String edit = page + "/edit";
        UUID id = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));
        admin.get(page).then().body(containsString("href=\"" + edit + "\""));
        admin.get(edit)
                .then()
                .statusCode(200)
                .body(containsString("value=\"Harbour meetup\""))
                .body(containsString(">Come along.</textarea>"));

        Map<String, String> good =
                Map.of("subject", "Harbour meetup, Saturday", "body", "Come along at ten.");
        for (Map.Entry<String, String> bad :
                List.of(
                        Map.entry("subject", ""),
                        Map.entry("body", " "),
                        Map.entry("subject", "x".repeat(201)))) {
            Map<String, String> form = new HashMap<>(good);
            form.put(bad.getKey(), bad.getValue());
            String refused =
                    admin.submit(edit, edit, form).then().statusCode(422).extract().asString();
            assertTrue(
                    refused.contains("id=\"" + bad.getKey() + "-error\""),
                    "a message for " + bad.getKey());
            String other =
                    bad.getKey().equals("subject")
                            ? "Come along at ten."
                            : "Harbour meetup, Saturday";
            assertTrue(refused.contains(other), "what was typed is kept");
            assertEquals("Harbour meetup", subjectOf(id), "nothing changed");
        }
        admin.post(edit, good).then().statusCode(400);
        signedInUser().browser().get(edit).then().statusCode(403);
        signedInUser().browser().post(edit, good).then().statusCode(403);
        assertEquals("Harbour meetup", subjectOf(id));

        admin.submit(edit, edit, good).then().statusCode(303);
        admin.get(page)
                .then()
                .body(containsString("Harbour meetup, Saturday"))
                .body(containsString("Come along at ten."));

        // sent to nobody, so that no other test's dispatch meets its mails
        onlyTheseSubscribe(EVENTS);
        admin.submit(page, page + "/send", Map.of("confirmed", "yes")).then().statusCode(303);
        admin.get(edit).then().statusCode(409);
        admin.submit(page, edit, Map.of("subject", "Too late", "body", "Changed."))
                .then()
                .statusCode(409);
        assertEquals(
                "Harbour meetup, Saturday", subjectOf(id), "a sending campaign keeps its text");
        campaigns.queueDue();
        admin.get("/admin/campaigns/" + UUID.randomUUID() + "/edit").then().statusCode(404);
    }

    /**
     * The form allows 20,000 characters of body: sent percent-encoded, a ’ or a € takes 9 bytes,
     * far more than the server's default limit on a form field (2 KB).
     */
    @Test
    void aCampaignAsLongAsTheFormAllowsIsKeptWhateverItsLetters() {
        Browser admin = Accounts.signedInAdmin();
        String body = "’€".repeat(10_000);
        String page = draftPage(admin, "events", "Longue lettre", body);
        UUID id = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));
        assertEquals(body, Db.inTransaction(() -> Campaign.<Campaign>findById(id).body));

        String refused =
                admin.submit(
                                "/admin/campaigns",
                                "/admin/campaigns",
                                campaignForm("events", "Trop longue", body + "é"))
                        .then()
                        .statusCode(422)
                        .extract()
                        .asString();
        assertTrue(refused.contains("id=\"body-error\""), "a message for the body");
        assertTrue(refused.contains("value=\"Trop longue\""), "what was typed is kept");
    }

    private static String subjectOf(UUID campaign) {
        return Db.inTransaction(() -> Campaign.<Campaign>findById(campaign).subject);
    }

    @Test
    void anAdminSendsADraftAsATestToTheirOwnAddressAndDeletesIt() {
        Browser admin = new Browser();
        String adminEmail = signUp(admin);
        Db.makeAdmin(adminEmail);
        signIn(admin, adminEmail, PASSWORD).then().statusCode(303);
        User subscriber = subscribedVerifiedUser(EVENTS);
        String page = draftPage(admin, "events", "Harbour meetup", "Come along.");

        admin.submit(page, page + "/test", Map.of()).then().statusCode(303);
        dispatcher.dispatchDue();
        MailServer.Received test = MailServer.single(adminEmail, "[Test] Harbour meetup");
        assertTrue(test.text().contains("Come along."));
        assertTrue(
                MailServer.to(subscriber.email()).stream()
                        .noneMatch(m -> m.subject().contains("Harbour meetup")),
                "a test reaches no subscriber");
        admin.get(page)
                .then()
                .body(containsString("A test copy is on its way to your own address."))
                .body(containsString("action=\"" + page + "/send\""));

        admin.submit(page, page + "/delete", Map.of()).then().statusCode(303);
        admin.get(page).then().statusCode(404);
        admin.submit("/admin/campaigns", page + "/test", Map.of()).then().statusCode(404);

        String sending = draftPage(admin, "events", "Second harbour meetup", "Come along.");
        admin.submit(sending, sending + "/send", Map.of("confirmed", "yes")).then().statusCode(303);
        admin.submit(sending, sending + "/delete", Map.of()).then().statusCode(409);
        admin.submit(sending, sending + "/test", Map.of()).then().statusCode(409);
        admin.get(sending).then().statusCode(200);
        signedInUser().browser().post(sending + "/delete", Map.of()).then().statusCode(403);
    }

    @Test
    void theMigrationToManifestIdsKeepsTheDemonstrationsSubscriptionsAndHistory() throws Exception {
        User user = signedInUser();
        Db.inTransaction(
                () -> {
                    var em = Panache.getEntityManager();
                    em.createNativeQuery(
                                    "INSERT INTO communication_preference (account_id, category, subscribed, updated_at) VALUES (?1, 'PARTNER_OFFERS', TRUE, now())")
                            .setParameter(1, user.id())
                            .executeUpdate();
                    return em.createNativeQuery(
                                    "INSERT INTO consent_event (account_id, category, action, source, occurred_at) VALUES "
                                            + "(?1, 'PARTNER_OFFERS', 'GRANT', 'SETTINGS', now()), (?1, 'PAGE_VIEWS', 'WITHDRAW', 'BROWSER_SIGNAL', now())")
                            .setParameter(1, user.id())
                            .executeUpdate();
                });
        String migration;
        try (var in =
                getClass()
                        .getResourceAsStream(
                                "/db/migration/V15__marketing_categories_from_the_manifest.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String statements =
                migration
                        .lines()
                        .filter(line -> !line.startsWith("--"))
                        .collect(Collectors.joining("\n"));
        Db.inTransaction(
                () -> {
                    for (String statement : statements.split(";")) {
                        if (!statement.isBlank()) {
                            Panache.getEntityManager().createNativeQuery(statement).executeUpdate();
                        }
                    }
                    return null;
                });

        assertEquals(Set.of(new Category("partners")), subscriptions(user.id()));
        assertEquals(
                Set.of(new Category("partners"), Category.PAGE_VIEWS),
                Db.inTransaction(() -> ConsentEvent.history(user.id())).stream()
                        .map(e -> e.category)
                        .collect(Collectors.toSet()));
        user.browser()
                .get("/account/communications")
                .then()
                .body(
                        containsString(
                                "value=\"partners\" aria-describedby=\"marketing-partners-text\" checked"))
                .body(containsString(">Partner offers</td>"))
                .body(containsString(">Page-view counting</td>"));
    }

    /** The admin page of a new draft in English. */
    static String draftPage(Browser admin, String category, String subject, String body) {
        Response created =
                admin.submit(
                        "/admin/campaigns",
                        "/admin/campaigns",
                        campaignForm(category, subject, body));
        created.then().statusCode(303);
        return created.header("Location").replaceFirst("^http://localhost:\\d+", "");
    }

    /** The new campaign form, in English. */
    private static Map<String, String> campaignForm(String category, String subject, String body) {
        return Map.of("category", category, "language", "en", "subject", subject, "body", body);
    }

    private void send(Browser admin, String category, String subject, String body) {
        String page = draftPage(admin, category, subject, body);
        admin.get(page)
                .then()
                .statusCode(200)
                .body(containsString(body.split("\n")[0]))
                .body(containsString("List-Unsubscribe-Post: List-Unsubscribe=One-Click"));
        admin.submit(page, page + "/send", Map.of())
                .then()
                .statusCode(422)
                .body(containsString("Tick the box to confirm the sending; nothing was sent."));
        assertEquals(0, campaigns.queueDue(), "an unconfirmed Send queues nothing");
        admin.submit(page, page + "/send", Map.of("confirmed", "yes")).then().statusCode(303);
        Campaigns.queued(campaigns, subject);
        dispatcher.dispatchDue();
        admin.get(page).then().body(containsString("sent."));
    }

    private static void assertDkimCoversTheUnsubscribeHeadersAndMessageId(MailServer.Received mail)
            throws Exception {
        String publicKey = Files.readString(Path.of("src/test/resources/dkim/public.b64")).strip();
        DKIMVerifier verifier =
                new DKIMVerifier(
                        (method, selector, domain) -> {
                            assertEquals("test", selector.toString());
                            assertEquals("custodian.test", domain.toString());
                            return List.of("v=DKIM1; k=rsa; p=" + publicKey);
                        });
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        mail.message().writeTo(raw);
        List<SignatureRecord> signatures =
                verifier.verify(new ByteArrayInputStream(raw.toByteArray()));
        assertFalse(signatures == null || signatures.isEmpty(), "a valid DKIM signature");
        List<String> signed =
                signatures.get(0).getHeaders().stream()
                        .map(h -> h.toString().toLowerCase())
                        .toList();
        assertTrue(
                signed.containsAll(
                        List.of("list-unsubscribe", "list-unsubscribe-post", "message-id")),
                "signed: " + signed);
    }

    static String unsubscribePath(MailServer.Received mail) {
        Matcher matcher = HTTPS_UNSUBSCRIBE.matcher(mail.header("List-Unsubscribe"));
        assertTrue(matcher.find(), mail.header("List-Unsubscribe"));
        return matcher.group(2);
    }

    private static Response oneClick(String token) {
        return given().redirects()
                .follow(false)
                .urlEncodingEnabled(false)
                .contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click")
                .post("/unsubscribe/" + token);
    }

    /**
     * Earlier tests' subscribers would receive this test's campaign too: only this test's users
     * stay.
     */
    static void onlyTheseSubscribe(Category category) {
        Db.inTransaction(
                () ->
                        CommunicationPreference.update(
                                "subscribed = false where key.category = ?1", category.id()));
    }

    private User subscribedVerifiedUser(Category category) {
        User user = verified(signedInUser());
        subscribe(user, category);
        return user;
    }

    /** Ticks exactly these categories on the preferences page. */
    static void subscribe(User user, Category... categories) {
        user.browser()
                .submit(
                        "/account/communications",
                        "/account/communications",
                        Map.of(),
                        "marketing",
                        Arrays.stream(categories).map(Category::id).toList())
                .then()
                .statusCode(303);
    }

    static User verified(User user) {
        Db.inTransaction(
                () ->
                        Account.update(
                                "emailVerifiedAt = ?1 where id = ?2", Instant.now(), user.id()));
        return user;
    }

    static Set<Category> subscriptions(UUID accountId) {
        return Db.inTransaction(() -> CommunicationPreference.subscriptions(accountId));
    }
}
