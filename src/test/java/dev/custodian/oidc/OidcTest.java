package dev.custodian.oidc;

import static dev.custodian.testing.Accounts.PASSWORD;
import static dev.custodian.testing.Accounts.signIn;
import static dev.custodian.testing.Accounts.signedInUser;
import static dev.custodian.testing.Browser.redirectsTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.custodian.account.Account;
import dev.custodian.account.AccountStatus;
import dev.custodian.communication.Category;
import dev.custodian.communication.ConsentEvent;
import dev.custodian.mail.MailDispatcher;
import dev.custodian.testing.Accounts;
import dev.custodian.testing.Accounts.User;
import dev.custodian.testing.Browser;
import dev.custodian.testing.Db;
import dev.custodian.testing.MailServer;
import dev.custodian.testing.OidcProvider;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sign-in with an external provider, against quarkus-test-oidc-server's WireMock provider. */
@QuarkusTest
@TestProfile(OidcTest.WithProvider.class)
class OidcTest {

    static final String ISSUER = "https://server.example.com";
    static final String CLIENT = "quarkus-web-app";

    public static class WithProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return OidcProvider.config(
                    "Acme SSO", "${keycloak.url}/realms/quarkus/", CLIENT, "secret", Map.of());
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OidcWiremockTestResource.class));
        }
    }

    @OidcWireMock WireMockServer provider;

    @Inject MailDispatcher dispatcher;

    @BeforeEach
    void start() {
        MailServer.start();
    }

    /** Each test profile loads its own classes: free the mail port for the next profile's. */
    @AfterAll
    static void stopMailServer() {
        MailServer.stop();
    }

    @Test
    void theSignInPageOffersTheProvider() {
        new Browser()
                .get("/login")
                .then()
                .body(containsString("href=\"/login/oidc\""))
                .body(containsString("Continue with Acme SSO"));
        new Browser().get("/signup").then().body(containsString("Continue with Acme SSO"));
    }

    @Test
    void anUnknownIdentitySignsUpWithoutAPasswordThenSignsInDirectly() {
        String subject = UUID.randomUUID().toString();
        String email = Accounts.uniqueEmail();
        Browser browser = new Browser();
        providerSignIn(
                        browser,
                        subject,
                        email,
                        true,
                        Map.of("given_name", "Grace", "family_name", "Hopper", "locale", "fr-FR"))
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/oidc/signup"));
        assertEquals(null, browser.cookie("q_session"), "the provider's session is dropped");
        browser.get("/oidc/signup")
                .then()
                .statusCode(200)
                .body(containsString("value=\"Grace\""))
                .body(containsString("value=\"Hopper\""))
                .body(containsString(email))
                .body(not(containsString("name=\"password\"")))
                .body(containsString("name=\"marketing\" value=\"newsletter\""))
                .body(not(containsString("marketing-newsletter-hint\" checked")));

        browser.submit(
                        "/oidc/signup",
                        "/oidc/signup",
                        Map.of("firstName", "Grace", "lastName", "Hopper"))
                .then()
                .statusCode(422)
                .body(containsString("Choose your country"));
        assertTrue(Db.account(email).isEmpty(), "nothing is created from a refused form");

        browser.submit("/oidc/signup", "/oidc/signup", signUpForm("Grace", "Hopper"))
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/account"));
        Account account = Db.account(email).orElseThrow();
        assertEquals(
                List.of(),
                Db.inTransaction(() -> ConsentEvent.history(account.id)),
                "no opt-in, no newsletter");
        assertNotNull(account.emailVerifiedAt, "the provider verified the address");
        assertNull(account.passwordHash);
        assertEquals("fr", account.locale, "the provider's language for the user");
        browser.get("/account").then().statusCode(200).body(containsString("Bonjour, Grace"));

        Browser later = new Browser();
        providerSignIn(later, subject, email, true, Map.of())
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/account"));
        later.get("/account").then().statusCode(200).body(containsString("Bonjour, Grace"));
    }

    @Test
    void aBrowserSendingTheGlobalPrivacyControlSignalSignsInThroughTheProvider() {
        User user = signedInUser();
        // a subject that is no UUID, as most providers' are
        String subject = "grace-" + UUID.randomUUID();
        Browser browser = new Browser().header("Sec-GPC", "1");
        // on the callback the identity is the provider's, not a Custodian session: nothing to opt
        // out yet
        providerSignIn(browser, subject, Accounts.uniqueEmail(), true, Map.of())
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/oidc/signup"));
        browser.get("/oidc/signup").then().statusCode(200);
        user.browser().get("/account").then().statusCode(200);
    }

    @Test
    void theShortSignUpOffersTheMarketingOptInsAndKeepsThemOnARefusedForm() {
        String email = Accounts.uniqueEmail();
        Browser browser = new Browser();
        providerSignIn(browser, UUID.randomUUID().toString(), email, true, Map.of())
                .then()
                .statusCode(303);
        Map<String, String> form = new HashMap<>(signUpForm("Annie", "Easley"));
        form.put("marketing", "newsletter");
        form.remove("country");
        browser.submit("/oidc/signup", "/oidc/signup", form)
                .then()
                .statusCode(422)
                .body(containsString("marketing-newsletter-hint\" checked"))
                .body(not(containsString("marketing-events-hint\" checked")));

        form.put("country", "US");
        browser.submit("/oidc/signup", "/oidc/signup", form).then().statusCode(303);
        UUID id = Db.account(email).orElseThrow().id;
        List<ConsentEvent> history = Db.inTransaction(() -> ConsentEvent.history(id));
        assertEquals(1, history.size());
        assertEquals(new Category("newsletter"), history.get(0).category);
        assertEquals(ConsentEvent.Action.GRANT, history.get(0).action);
        assertEquals(ConsentEvent.Source.SIGNUP, history.get(0).source);
    }

    @Test
    void aVerifiedEmailOfAnAccountIsNeverLinkedWithoutItsPassword() {
        User user = signedInUser();
        String subject = UUID.randomUUID().toString();
        Browser browser = new Browser();
        providerSignIn(browser, subject, user.email(), true, Map.of())
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/oidc/link"));
        assertEquals(0, identities(user.id()));
        browser.get("/oidc/link")
                .then()
                .statusCode(200)
                .body(containsString(user.email()))
                .body(containsString("sign in to that account with its password"));
        browser.get("/account").then().statusCode(303);

        signIn(browser, user.email(), PASSWORD, "/oidc/link/confirm")
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/oidc/link/confirm"));
        browser.submit("/oidc/link/confirm", "/oidc/link/confirm", Map.of())
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/account/security"));
        assertEquals(1, identities(user.id()));
        dispatcher.dispatchDue();
        MailServer.single(user.email(), "Sign-in with Acme SSO was added to your account");

        Browser later = new Browser();
        providerSignIn(later, subject, user.email(), true, Map.of())
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/account"));
    }

    @Test
    void anUnverifiedProviderEmailIsNotTrusted() {
        User user = signedInUser();
        Browser browser = new Browser();
        providerSignIn(browser, UUID.randomUUID().toString(), user.email(), false, Map.of())
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/oidc/signup"));
        browser.get("/oidc/signup")
                .then()
                .body(containsString("name=\"email\""))
                .body(not(containsString(user.email())));
        Map<String, String> form = new HashMap<>(signUpForm("Ada", "Lovelace"));
        form.put("email", user.email());
        browser.submit("/oidc/signup", "/oidc/signup", form)
                .then()
                .statusCode(200)
                .body(containsString("check your inbox"));
        assertEquals(0, identities(user.id()));
        assertNull(browser.cookie("custodian_session"));
    }

    @Test
    void anAccountWithTwoFactorStillAsksForTheCode() {
        User user = signedInUser();
        String subject = link(user.id());
        Db.inTransaction(
                () ->
                        Panache.getEntityManager()
                                .createNativeQuery(
                                        "INSERT INTO totp_credential "
                                                + "(account_id, secret_encrypted, confirmed_at, created_at) VALUES (?1, ?2, ?3, ?3)")
                                .setParameter(1, user.id())
                                .setParameter(2, new byte[] {1})
                                .setParameter(3, Instant.now())
                                .executeUpdate());
        providerSignIn(new Browser(), subject, user.email(), true, Map.of())
                .then()
                .statusCode(303)
                .header("Location", containsString("/login/two-factor?next=%2Faccount"));
    }

    @Test
    void aClosedAccountCannotSignInWithItsIdentity() {
        User user = signedInUser();
        String subject = link(user.id());
        Db.inTransaction(
                () -> Account.update("status = ?1 where id = ?2", AccountStatus.CLOSED, user.id()));
        Browser browser = new Browser();
        providerSignIn(browser, subject, user.email(), true, Map.of())
                .then()
                .statusCode(403)
                .body(containsString("is closed"));
        assertNull(browser.cookie("custodian_session"));
    }

    @Test
    void aTamperedStateOrNonceIsRefused() {
        Browser browser = new Browser();
        Response start = browser.get("/login/oidc");
        Map<String, String> query = query(start.header("Location"));
        stubIdToken(
                UUID.randomUUID().toString(),
                Accounts.uniqueEmail(),
                true,
                query.get("nonce"),
                Map.of());
        // a state that is not this browser's: no code is exchanged, the flow starts over at the
        // provider
        browser.get("/login/oidc/callback?code=c&state=" + UUID.randomUUID())
                .then()
                .statusCode(302)
                .header("Location", startsWith(provider.baseUrl()));
        assertNull(browser.cookie("q_session"));
        assertNull(browser.cookie("custodian_session"));

        Browser other = new Browser();
        Map<String, String> otherQuery = query(other.get("/login/oidc").header("Location"));
        stubIdToken(
                UUID.randomUUID().toString(),
                Accounts.uniqueEmail(),
                true,
                "not-the-nonce",
                Map.of());
        other.get("/login/oidc/callback?code=c&state=" + otherQuery.get("state"))
                .then()
                .statusCode(401);
        assertNull(other.cookie("q_session"));
        assertNull(other.cookie("custodian_session"));
    }

    @Test
    void aSignedInUserLinksAnotherIdentityAfterStepUpAndUnlinksIt() {
        User user = signedInUser();
        user.browser()
                .submit("/account/security", "/account/security/oidc/link", Map.of())
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/login/oidc"));
        String subject = UUID.randomUUID().toString();
        providerFlow(user.browser(), subject, "other-" + user.email(), true, Map.of())
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/account/security"));
        assertEquals(1, identities(user.id()));
        user.browser()
                .get("/account/security")
                .then()
                .body(containsString("other-" + user.email()));

        User someoneElse = signedInUser();
        someoneElse
                .browser()
                .submit("/account/security", "/account/security/oidc/link", Map.of())
                .then()
                .statusCode(303);
        providerFlow(someoneElse.browser(), subject, "other-" + user.email(), true, Map.of())
                .then()
                .statusCode(403)
                .body(containsString("already linked to another Custodian account"));
        assertEquals(0, identities(someoneElse.id()));

        UUID identity = Db.inTransaction(() -> OidcIdentity.ofAccount(user.id()).get(0).id);
        someoneElse
                .browser()
                .submit(
                        "/account/security",
                        "/account/security/oidc/" + identity + "/unlink",
                        Map.of())
                .then()
                .statusCode(404);
        user.browser()
                .submit(
                        "/account/security",
                        "/account/security/oidc/" + identity + "/unlink",
                        Map.of())
                .then()
                .statusCode(303);
        assertEquals(0, identities(user.id()));
        dispatcher.dispatchDue();
        MailServer.single(user.email(), "Sign-in with Acme SSO was added to your account");
        MailServer.single(user.email(), "Sign-in with Acme SSO was removed from your account");
        user.browser()
                .get("/account/activity")
                .then()
                .body(containsString("Sign-in with an external provider linked"))
                .body(containsString("Sign-in with an external provider unlinked"));
    }

    @Test
    void unlinkingTheOnlyWayIntoAnAccountWithoutPasswordIsRefused() {
        String subject = UUID.randomUUID().toString();
        String email = Accounts.uniqueEmail();
        Browser browser = new Browser();
        providerSignIn(
                browser,
                subject,
                email,
                true,
                Map.of("given_name", "Ida", "family_name", "Rhodes"));
        browser.submit("/oidc/signup", "/oidc/signup", signUpForm("Ida", "Rhodes"))
                .then()
                .statusCode(303);
        UUID accountId = Db.account(email).orElseThrow().id;
        UUID identity = Db.inTransaction(() -> OidcIdentity.ofAccount(accountId).get(0).id);
        browser.submit(
                        "/account/security",
                        "/account/security/oidc/" + identity + "/unlink",
                        Map.of())
                .then()
                .statusCode(409)
                .body(containsString("you would be locked out"));
        assertEquals(1, identities(accountId));
    }

    // --- the provider's side ---

    /** The whole round trip for a browser that is not yet at the provider. */
    private Response providerSignIn(
            Browser browser,
            String subject,
            String email,
            boolean verified,
            Map<String, Object> claims) {
        browser.get("/login/oidc");
        return providerFlow(browser, subject, email, verified, claims);
    }

    /**
     * Follows a started flow: the provider (played by WireMock) authenticates the user and sends
     * the browser back with a code, which quarkus-oidc exchanges for the ID token stubbed here.
     */
    private Response providerFlow(
            Browser browser,
            String subject,
            String email,
            boolean verified,
            Map<String, Object> claims) {
        Response start = browser.get("/login/oidc");
        Map<String, String> query = query(start.header("Location"));
        stubIdToken(subject, email, verified, query.get("nonce"), claims);
        Response back =
                browser.get(
                        "/login/oidc/callback?code=code-"
                                + UUID.randomUUID()
                                + "&state="
                                + query.get("state"));
        assertEquals(302, back.statusCode(), back.asString());
        return browser.get(
                back.header("Location").replace("http://localhost:" + RestAssured.port, ""));
    }

    private void stubIdToken(
            String subject,
            String email,
            boolean verified,
            String nonce,
            Map<String, Object> claims) {
        var builder =
                Jwt.issuer(ISSUER)
                        .subject(subject)
                        .audience(CLIENT)
                        .claim("nonce", nonce)
                        .claim("email", email)
                        .claim("email_verified", verified);
        claims.forEach(builder::claim);
        String idToken = builder.jws().keyId("1").sign("privateKey.jwk");
        provider.stubFor(
                WireMock.post("/auth/realms/quarkus/token")
                        .willReturn(
                                WireMock.aResponse()
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"id_token\":\""
                                                        + idToken
                                                        + "\",\"access_token\":\""
                                                        + idToken
                                                        + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
    }

    private static Map<String, String> query(String location) {
        Map<String, String> query = new HashMap<>();
        for (String pair : location.substring(location.indexOf('?') + 1).split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return query;
    }

    private static Map<String, String> signUpForm(String firstName, String lastName) {
        return Map.of(
                "firstName",
                firstName,
                "lastName",
                lastName,
                "country",
                "FR",
                "adult",
                "on",
                "acceptPolicy",
                "on",
                "policyVersion",
                Accounts.POLICY_VERSION);
    }

    /**
     * Links a new identity to the account directly, as a past link would have; returns its subject.
     */
    private static String link(UUID accountId) {
        String subject = UUID.randomUUID().toString();
        Db.inTransaction(
                () -> {
                    OidcIdentity identity = new OidcIdentity();
                    identity.accountId = accountId;
                    identity.issuer = ISSUER;
                    identity.subject = subject;
                    identity.linkedAt = Instant.now();
                    identity.persist();
                    return identity;
                });
        return subject;
    }

    private static long identities(UUID accountId) {
        return Db.inTransaction(() -> OidcIdentity.count("accountId", accountId));
    }
}
