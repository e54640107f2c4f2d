package dev.custodian.passkey;

import static dev.custodian.testing.Accounts.signedInUser;
import static dev.custodian.testing.Browser.redirectsTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.activity.AccountEvent;
import dev.custodian.activity.EventType;
import dev.custodian.mail.MailDispatcher;
import dev.custodian.testing.Accounts;
import dev.custodian.testing.Accounts.User;
import dev.custodian.testing.Browser;
import dev.custodian.testing.Db;
import dev.custodian.testing.MailServer;
import dev.custodian.testing.TestClock;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Passkey ceremonies against the real server, with a software authenticator in the test: adding
 * one, signing in and stepping up with it, and each answer the server must refuse.
 */
@QuarkusTest
class PasskeyTest {

    private static final String SECURITY = "/account/security";

    @Inject TestClock clock;

    @Inject MailDispatcher dispatcher;

    @BeforeEach
    void start() {
        MailServer.start();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A signed-in user with one passkey, named "Work laptop". */
    record WithPasskey(User user, SoftwareAuthenticator authenticator) {}

    private WithPasskey userWithPasskey() {
        User user = signedInUser();
        SoftwareAuthenticator authenticator = addPasskey(user, "Work laptop");
        return new WithPasskey(user, authenticator);
    }

    private SoftwareAuthenticator addPasskey(User user, String name) {
        JsonPath options = registrationOptions(user.browser());
        SoftwareAuthenticator authenticator =
                new SoftwareAuthenticator(options.getString("user.id"));
        register(user.browser(), authenticator.register(options.getString("challenge")), name)
                .then()
                .statusCode(303)
                .header("Location", redirectsTo(SECURITY));
        return authenticator;
    }

    private static JsonPath registrationOptions(Browser browser) {
        Response options = browser.submit(SECURITY, "/account/security/passkeys/options", Map.of());
        options.then().statusCode(200).contentType(containsString("application/json"));
        return options.jsonPath();
    }

    private static Response register(Browser browser, String response, String name) {
        Map<String, String> form = new HashMap<>();
        form.put("response", response);
        form.put("name", name);
        return browser.submit(SECURITY, "/account/security/passkeys", form);
    }

    private static String signInChallenge(Browser browser) {
        Response options = browser.submit("/login", "/login/passkey/options", Map.of());
        options.then().statusCode(200);
        assertEquals("localhost", options.jsonPath().getString("rpId"));
        assertEquals("required", options.jsonPath().getString("userVerification"));
        return options.jsonPath().getString("challenge");
    }

    private static Response signIn(Browser browser, String assertion) {
        return browser.submit(
                "/login", "/login/passkey", Map.of("response", assertion, "next", "/account"));
    }

    private static List<Passkey> passkeysOf(UUID accountId) {
        return Db.inTransaction(() -> Passkey.ofAccount(accountId));
    }

    @Test
    void addsAPasskeyListsItWritesTheEventAndSendsANotice() {
        WithPasskey it = userWithPasskey();
        List<Passkey> stored = passkeysOf(it.user().id());
        assertEquals(1, stored.size());
        Passkey passkey = stored.get(0);
        assertEquals("Work laptop", passkey.name);
        assertEquals(it.authenticator().credentialId(), passkey.credentialId);
        assertEquals("00000000-0000-0000-0000-000000000000", passkey.aaguid);
        assertEquals("internal", passkey.transports);
        assertTrue(passkey.uvInitialized);
        it.user()
                .browser()
                .get(SECURITY)
                .then()
                .statusCode(200)
                .body(containsString("Work laptop"))
                .body(containsString("Not yet"))
                .body(containsString("data-accepted=\"" + passkey.credentialId + "\""))
                .header("Content-Security-Policy", containsString("script-src 'self'"));
        assertTrue(
                Db.inTransaction(
                        () ->
                                AccountEvent.count(
                                                "accountId = ?1 and type = ?2",
                                                it.user().id(),
                                                EventType.PASSKEY_ADDED)
                                        == 1));
        dispatcher.dispatchDue();
        MailServer.single(it.user().email(), "A passkey was added to your account");
    }

    @Test
    void namesAPasskeyAfterTheDeviceWhenNoNameIsGiven() {
        User user = signedInUser();
        user.browser()
                .header(
                        "User-Agent",
                        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0");
        user.browser()
                .submit(SECURITY, "/account/security/passkeys/add", Map.of("name", ""))
                .then()
                .statusCode(200)
                .body(containsString("value=\"Firefox 128 · Linux\""));
        JsonPath options = registrationOptions(user.browser());
        SoftwareAuthenticator authenticator =
                new SoftwareAuthenticator(options.getString("user.id"));
        register(user.browser(), authenticator.register(options.getString("challenge")), " ")
                .then()
                .statusCode(303);
        assertEquals("Firefox 128 · Linux", passkeysOf(user.id()).get(0).name);
    }

    @Test
    void signsInWithAPasskeyWithoutACode() {
        WithPasskey it = userWithPasskey();
        Browser other = new Browser();
        String challenge = signInChallenge(other);
        signIn(other, it.authenticator().assertion(challenge))
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/account"));
        other.get("/account").then().statusCode(200);
        Passkey used = passkeysOf(it.user().id()).get(0);
        assertNotNull(used.lastUsedAt);
        assertEquals(1, used.signCount);
    }

    @Test
    void refusesAReplayedAssertion() {
        WithPasskey it = userWithPasskey();
        Browser other = new Browser();
        String assertion = it.authenticator().assertion(signInChallenge(other));
        signIn(other, assertion).then().statusCode(303);
        Browser replaying = new Browser();
        signInChallenge(replaying);
        signIn(replaying, assertion)
                .then()
                .statusCode(303)
                .header("Location", containsString("passkey=refused"));
        signIn(other, assertion).then().header("Location", containsString("passkey=refused"));
    }

    @Test
    void refusesAChallengeAskedForByAnotherBrowser() {
        WithPasskey it = userWithPasskey();
        Browser asked = new Browser();
        String challenge = signInChallenge(asked);
        Browser answering = new Browser();
        signInChallenge(answering);
        signIn(answering, it.authenticator().assertion(challenge))
                .then()
                .header("Location", containsString("passkey=refused"));
        assertNull(answering.cookie("custodian_session"));
    }

    @Test
    void refusesAnAnswerFromAnotherOrigin() {
        WithPasskey it = userWithPasskey();
        it.authenticator().origin = "https://custodian.evil.example";
        Browser other = new Browser();
        signIn(other, it.authenticator().assertion(signInChallenge(other)))
                .then()
                .header("Location", containsString("passkey=refused"));
        other.get("/account").then().statusCode(303);
    }

    @Test
    void refusesAnAnswerForAnotherRelyingParty() {
        User user = signedInUser();
        JsonPath options = registrationOptions(user.browser());
        SoftwareAuthenticator authenticator =
                new SoftwareAuthenticator(options.getString("user.id"));
        authenticator.rpId = "evil.example";
        register(user.browser(), authenticator.register(options.getString("challenge")), "Key")
                .then()
                .statusCode(422)
                .body(containsString("could not be checked"));
        assertTrue(passkeysOf(user.id()).isEmpty());
    }

    @Test
    void refusesACounterThatWentBackwards() {
        WithPasskey it = userWithPasskey();
        Browser first = new Browser();
        signIn(first, it.authenticator().assertionAt(signInChallenge(first), 5))
                .then()
                .header("Location", redirectsTo("/account"));
        Browser second = new Browser();
        signIn(second, it.authenticator().assertionAt(signInChallenge(second), 3))
                .then()
                .header("Location", containsString("passkey=refused"));
        assertEquals(5, passkeysOf(it.user().id()).get(0).signCount);
    }

    @Test
    void forgetsAPasskeyTheSiteNoLongerHolds() {
        SoftwareAuthenticator unknown = new SoftwareAuthenticator(null);
        Browser browser = new Browser();
        Response refused = signIn(browser, unknown.assertion(signInChallenge(browser)));
        String location = refused.header("Location");
        assertTrue(location.contains("passkey=refused"), location);
        assertTrue(location.contains("forget=" + unknown.credentialId()), location);
        browser.get(location.replaceFirst("^https?://[^/]+", ""))
                .then()
                .statusCode(200)
                .body(containsString("That passkey could not sign you in."))
                .body(containsString("data-forget=\"" + unknown.credentialId() + "\""));
    }

    @Test
    void refusesMalformedAnswersWithoutAnError() {
        User user = signedInUser();
        registrationOptions(user.browser());
        register(user.browser(), "{not json", "Key").then().statusCode(400);
        register(user.browser(), "{\"id\":\"x\"}", "Key").then().statusCode(400);
        Browser browser = new Browser();
        signInChallenge(browser);
        signIn(browser, "[]").then().statusCode(303).header("Location", containsString("refused"));
        // the options ask for the CSRF token, like any form
        new Browser().post("/login/passkey/options", Map.of()).then().statusCode(400);
    }

    @Test
    void theOptionsAnswerProblemsAsJson() {
        User user = signedInUser();
        clock.advance(Duration.ofMinutes(11));
        Response stale =
                user.browser().submit(SECURITY, "/account/security/passkeys/options", Map.of());
        stale.then().statusCode(403).contentType(containsString("application/problem+json"));
        assertEquals(403, stale.jsonPath().getInt("status"));
        // and registering without a fresh proof shows the step-up page, storing nothing
        register(user.browser(), "{}", "Key")
                .then()
                .statusCode(200)
                .body(containsString("Confirm it is you"));
        Response none =
                user.browser().submit(SECURITY, "/account/step-up/passkey-options", Map.of());
        none.then().statusCode(404).contentType(containsString("application/problem+json"));
        new Browser()
                .submit("/login", "/login/two-factor/passkey-options", Map.of())
                .then()
                .statusCode(404)
                .contentType(containsString("application/problem+json"));
        assertTrue(passkeysOf(user.id()).isEmpty());
    }

    @Test
    void stepsUpWithAPasskey() {
        WithPasskey it = userWithPasskey();
        Browser browser = it.user().browser();
        clock.advance(Duration.ofMinutes(11));
        browser.submit(SECURITY, "/account/security/passkeys/add", Map.of("name", "Phone"))
                .then()
                .statusCode(200)
                .body(containsString("Use a passkey"))
                .header("Content-Security-Policy", containsString("script-src 'self'"));
        Response options = browser.submit(SECURITY, "/account/step-up/passkey-options", Map.of());
        options.then().statusCode(200);
        assertEquals(
                it.authenticator().credentialId(),
                options.jsonPath().getString("allowCredentials[0].id"));
        Map<String, String> form = new HashMap<>();
        form.put("action", "/account/security/passkeys/add");
        form.put("carry.name", "Phone");
        form.put(
                "passkey", it.authenticator().assertion(options.jsonPath().getString("challenge")));
        browser.submit(SECURITY, "/account/step-up", form)
                .then()
                .statusCode(200)
                .body(containsString("action=\"/account/security/passkeys/add\""));
        browser.submit(SECURITY, "/account/security/passkeys/add", Map.of("name", "Phone"))
                .then()
                .statusCode(200)
                .body(containsString("Create the passkey"));
    }

    @Test
    void completesASignInWithAPasskeyInsteadOfTheCode() {
        WithPasskey it = userWithPasskey();
        WithPasskey other = userWithPasskey();
        Db.inTransaction(
                () ->
                        Panache.getEntityManager()
                                .createNativeQuery(
                                        "INSERT INTO totp_credential (account_id, secret_encrypted, confirmed_at, created_at) "
                                                + "VALUES (?1, '\\x00', now(), now())")
                                .setParameter(1, it.user().id())
                                .executeUpdate());
        Browser browser = new Browser();
        Accounts.signIn(browser, it.user().email(), Accounts.PASSWORD)
                .then()
                .header("Location", containsString("/login/two-factor"));
        browser.get("/login/two-factor")
                .then()
                .statusCode(200)
                .body(containsString("Or use a passkey instead of a code."));
        // another account's passkey does not complete this sign-in; the account's own does
        secondStep(browser, other.authenticator()).then().statusCode(401);
        secondStep(browser, it.authenticator())
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/account"));
        browser.get("/account").then().statusCode(200);
    }

    /** Answers the sign-in's second step with a passkey, over a challenge asked for there. */
    private static Response secondStep(Browser browser, SoftwareAuthenticator authenticator) {
        String page = "/login/two-factor";
        String challenge =
                browser.submit(page, "/login/two-factor/passkey-options", Map.of())
                        .jsonPath()
                        .getString("challenge");
        return browser.submit(
                page,
                page,
                Map.of("passkey", authenticator.assertion(challenge), "next", "/account"));
    }

    @Test
    void refusesAnotherAccountsPasskeyAtStepUp() {
        WithPasskey mine = userWithPasskey();
        WithPasskey theirs = userWithPasskey();
        clock.advance(Duration.ofMinutes(11));
        Browser browser = mine.user().browser();
        Response options = browser.submit(SECURITY, "/account/step-up/passkey-options", Map.of());
        Map<String, String> form = new HashMap<>();
        form.put("action", "/account/security");
        form.put(
                "passkey",
                theirs.authenticator().assertion(options.jsonPath().getString("challenge")));
        browser.submit(SECURITY, "/account/step-up", form)
                .then()
                .statusCode(401)
                .body(containsString("That passkey could not be checked"));
    }

    @Test
    void renamesAPasskeyAndRefusesABlankOrLongName() {
        WithPasskey it = userWithPasskey();
        UUID id = passkeysOf(it.user().id()).get(0).id;
        String page = "/account/security/passkeys/" + id + "/rename";
        Browser browser = it.user().browser();
        browser.submit(page, page, Map.of("name", "  "))
                .then()
                .statusCode(422)
                .body(containsString("Enter a name for the passkey."));
        browser.submit(page, page, Map.of("name", "x".repeat(101)))
                .then()
                .statusCode(422)
                .body(containsString("100 characters at most"))
                .body(containsString("x".repeat(101)));
        assertEquals("Work laptop", passkeysOf(it.user().id()).get(0).name);
        browser.submit(page, page, Map.of("name", "Home laptop"))
                .then()
                .statusCode(303)
                .header("Location", redirectsTo(SECURITY));
        assertEquals("Home laptop", passkeysOf(it.user().id()).get(0).name);
    }

    @Test
    void anotherUsersPasskeyIsNeverReachable() {
        WithPasskey theirs = userWithPasskey();
        UUID id = passkeysOf(theirs.user().id()).get(0).id;
        User me = signedInUser();
        String base = "/account/security/passkeys/" + id;
        me.browser().get(base + "/rename").then().statusCode(404);
        me.browser()
                .submit(SECURITY, base + "/rename", Map.of("name", "Mine now"))
                .then()
                .statusCode(404);
        me.browser().submit(SECURITY, base + "/remove", Map.of()).then().statusCode(404);
        assertEquals(1, passkeysOf(theirs.user().id()).size());
        assertEquals("Work laptop", passkeysOf(theirs.user().id()).get(0).name);
    }

    @Test
    void removesAPasskeyAfterStepUpAndSendsANotice() {
        WithPasskey it = userWithPasskey();
        UUID id = passkeysOf(it.user().id()).get(0).id;
        Browser browser = it.user().browser();
        clock.advance(Duration.ofMinutes(11));
        browser.submit(SECURITY, "/account/security/passkeys/" + id + "/remove", Map.of())
                .then()
                .statusCode(200)
                .body(containsString("Use a passkey"));
        assertEquals(1, passkeysOf(it.user().id()).size());
        clock.reset();
        browser.submit(SECURITY, "/account/security/passkeys/" + id + "/remove", Map.of())
                .then()
                .statusCode(303)
                .header("Location", redirectsTo(SECURITY));
        assertTrue(passkeysOf(it.user().id()).isEmpty());
        dispatcher.dispatchDue();
        MailServer.single(it.user().email(), "A passkey was removed from your account");
    }

    @Test
    void refusesToRemoveTheLastWayToSignIn() {
        WithPasskey it = userWithPasskey();
        UUID accountId = it.user().id();
        Db.inTransaction(
                () ->
                        Panache.getEntityManager()
                                .createNativeQuery(
                                        "UPDATE account SET password_hash = NULL WHERE id = ?1")
                                .setParameter(1, accountId)
                                .executeUpdate());
        UUID id = passkeysOf(accountId).get(0).id;
        it.user()
                .browser()
                .submit(SECURITY, "/account/security/passkeys/" + id + "/remove", Map.of())
                .then()
                .statusCode(409)
                .body(containsString("last way to sign in"));
        assertEquals(1, passkeysOf(accountId).size());
        // a second passkey makes the first one removable
        addPasskey(it.user(), "Spare key");
        it.user()
                .browser()
                .submit(SECURITY, "/account/security/passkeys/" + id + "/remove", Map.of())
                .then()
                .statusCode(303);
        assertEquals(
                List.of("Spare key"), passkeysOf(accountId).stream().map(p -> p.name).toList());
    }

    @Test
    void removesThePasswordOfAnAccountWithAPasskeyAfterStepUpAndItSignsInWithThePasskeyOnly() {
        User user = signedInUser();
        user.browser()
                .get(SECURITY)
                .then()
                .statusCode(200)
                .body(not(containsString("action=\"/account/security/password/remove\"")));
        // the password is the only way in: a crafted request changes nothing
        user.browser()
                .submit(SECURITY, "/account/security/password/remove", Map.of())
                .then()
                .statusCode(409)
                .body(containsString("add a passkey first"));
        assertNotNull(Db.account(user.email()).orElseThrow().passwordHash);

        SoftwareAuthenticator authenticator = addPasskey(user, "Work laptop");
        user.browser()
                .get(SECURITY)
                .then()
                .statusCode(200)
                .body(containsString("action=\"/account/security/password/remove\""));
        clock.advance(Duration.ofMinutes(11));
        user.browser()
                .submit(SECURITY, "/account/security/password/remove", Map.of())
                .then()
                .statusCode(200)
                .body(containsString("Use a passkey"));
        assertNotNull(Db.account(user.email()).orElseThrow().passwordHash, "not before step-up");
        clock.reset();
        user.browser()
                .submit(SECURITY, "/account/security/password/remove", Map.of())
                .then()
                .statusCode(303)
                .header("Location", redirectsTo(SECURITY));
        assertNull(Db.account(user.email()).orElseThrow().passwordHash);
        assertTrue(
                Db.inTransaction(
                                () ->
                                        AccountEvent.count(
                                                "accountId = ?1 and type = ?2",
                                                user.id(),
                                                EventType.PASSWORD_REMOVED))
                        == 1);
        dispatcher.dispatchDue();
        MailServer.single(user.email(), "Your password was removed");
        user.browser()
                .get(SECURITY)
                .then()
                .statusCode(200)
                .body(containsString("You sign in without a password"))
                .body(not(containsString("name=\"currentPassword\"")));

        // the password no longer signs in; the passkey does, and it is now the last way in
        Accounts.signIn(new Browser(), user.email(), Accounts.PASSWORD).then().statusCode(not(303));
        Browser another = new Browser();
        signIn(another, authenticator.assertion(signInChallenge(another)))
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/account"));
        UUID id = passkeysOf(user.id()).get(0).id;
        user.browser()
                .submit(SECURITY, "/account/security/passkeys/" + id + "/remove", Map.of())
                .then()
                .statusCode(409);
    }

    @Test
    void offersAPasskeyRightAfterSigningInToAnAccountWithout() {
        User user = signedInUser();
        user.browser()
                .get("/account")
                .then()
                .statusCode(200)
                .body(containsString("Sign in faster with a passkey"))
                .body(containsString("data-passkey=\"create-quietly\""));
        clock.advance(Duration.ofMinutes(11));
        user.browser()
                .get("/account")
                .then()
                .body(not(containsString("Sign in faster with a passkey")))
                .body(not(containsString("<script")));
        clock.reset();
        addPasskey(user, "Phone");
        user.browser()
                .get("/account")
                .then()
                .body(not(containsString("Sign in faster with a passkey")));
    }

    @Test
    void theClosedPageTellsTheBrowserNoPasskeyIsAcceptedAnyMore() {
        WithPasskey it = userWithPasskey();
        Browser browser = it.user().browser();
        Response closed =
                browser.submit("/account/close", "/account/close/confirm", Map.of("when", "later"));
        closed.then().statusCode(303);
        String location = closed.header("Location");
        String handle = Ceremonies.userHandle(it.user().id());
        assertTrue(location.endsWith("/closed?passkeys=" + handle), location);
        browser.get("/closed?passkeys=" + handle)
                .then()
                .statusCode(200)
                .body(containsString("data-user=\"" + handle + "\" data-accepted=\"\""))
                .body(containsString("/js/passkeys.js"));
        new Browser()
                .get("/closed?passkeys=%3Cscript%3E")
                .then()
                .statusCode(200)
                .body(not(containsString("data-user")));
    }

    @Test
    void onlyThePagesWithPasskeysRunTheScript() {
        User user = signedInUser();
        // one policy, since a browser enforces each it is sent
        List<String> policies =
                new Browser().get("/login").getHeaders().getValues("Content-Security-Policy");
        assertEquals(1, policies.size(), policies.toString());
        assertTrue(
                policies.get(0).contains("script-src 'self'; connect-src 'self'"), policies.get(0));
        new Browser()
                .get("/login")
                .then()
                .body(containsString("<script src=\"/js/passkeys.js\" defer></script>"))
                .body(containsString("autocomplete=\"username webauthn\""));
        user.browser()
                .get("/account/profile")
                .then()
                .header("Content-Security-Policy", not(containsString("script-src")))
                .body(not(containsString("<script")));
        new Browser()
                .get("/js/passkeys.js")
                .then()
                .statusCode(200)
                .contentType(containsString("javascript"));
        assertFalse(user.browser().get(SECURITY).asString().contains("<script>"));
    }
}
