package dev.custodian.twofactor;

import static dev.custodian.testing.Accounts.PASSWORD;
import static dev.custodian.testing.Accounts.signIn;
import static dev.custodian.testing.Accounts.signUp;
import static dev.custodian.testing.Browser.redirectsTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.mail.MailDispatcher;
import dev.custodian.secrets.SecretBox;
import dev.custodian.testing.Browser;
import dev.custodian.testing.Db;
import dev.custodian.testing.MailServer;
import dev.custodian.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** TOTP with codes computed in the test from the key the page shows, on a clock the test moves. */
@QuarkusTest
class TwoFactorTest {

    private static final String PAGE = "/account/security/two-factor";
    private static final Pattern SECRET = Pattern.compile("data-key=\"([A-Z2-7]+)\"");
    private static final Pattern RECOVERY =
            Pattern.compile("<li><code>([a-z0-9]{5}-[a-z0-9]{5})</code></li>");

    @Inject TestClock clock;

    @Inject MailDispatcher dispatcher;

    @Inject SecretBox box;

    @Inject TwoFactorService twoFactor;

    @Inject dev.custodian.auth.PasswordService passwords;

    /** A signed-in user with two-factor on, and what enrollment gave them. */
    /** page: the page that showed the recovery codes. */
    record Enrolled(
            Browser browser,
            String email,
            String secret,
            List<String> recoveryCodes,
            String page) {}

    @BeforeEach
    void freezeTime() {
        clock.freeze();
        MailServer.start();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void enrollsWithACodeFromTheShownKeyAndShowsTenRecoveryCodesOnce() {
        Browser browser = new Browser();
        String email = signUp(browser);
        signIn(browser, email, PASSWORD).then().statusCode(303);
        browser.get(PAGE).then().statusCode(200).body(containsString("Set up two-factor sign-in"));
        browser.submit(PAGE, PAGE + "/start", Map.of()).then().statusCode(303);
        String page =
                browser.get(PAGE)
                        .then()
                        .statusCode(200)
                        .body(containsString("src=\"data:image/svg+xml;base64,"))
                        .extract()
                        .asString();
        String secret = find(SECRET, page);
        assertEquals(32, secret.length(), "160 bits in Base32");

        browser.submit(PAGE, PAGE + "/confirm", Map.of("code", wrong(code(secret, 0))))
                .then()
                .statusCode(422)
                .body(containsString("This code is not right"));
        assertFalse(enrolled(email));
        Response codes = browser.submit(PAGE, PAGE + "/confirm", Map.of("code", code(secret, 0)));

        codes.then().statusCode(200).header("Cache-Control", "no-store");
        assertEquals(10, findAll(RECOVERY, codes.asString()).size());
        assertTrue(enrolled(email));
        byte[] stored =
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        TotpCredential.<TotpCredential>findById(accountId(email))
                                                .secretEncrypted);
        assertEquals(12 + 32 + 16, stored.length, "nonce, the encrypted secret, and the GCM tag");
        assertFalse(
                new String(stored, StandardCharsets.ISO_8859_1).contains(secret),
                "the secret is encrypted");
        assertEquals(secret, new String(box.decrypt(stored), StandardCharsets.US_ASCII));
        browser.get(PAGE)
                .then()
                .body(containsString("You have 10 unused recovery codes"))
                .body(not(containsString(findAll(RECOVERY, codes.asString()).get(0))));
        dispatcher.dispatchDue();
        MailServer.single(email, "Two-factor sign-in is on");
        browser.get("/account/activity")
                .then()
                .body(containsString("Two-factor sign-in turned on"));
    }

    @Test
    void theOtpauthUriNamesTheIssuerAndTheAccount() {
        String uri = TotpCodes.uri("Custodian", "JBSWY3DPEHPK3PXP", "ada@example.com");
        assertEquals(
                "otpauth://totp/Custodian%3Aada%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Custodian"
                        + "&algorithm=SHA1&digits=6&period=30",
                uri);
        assertEquals(
                "otpauth://totp/Acme%20Espace%3Aada%40example.com?secret=JBSWY3DPEHPK3PXP"
                        + "&issuer=Acme%20Espace&algorithm=SHA1&digits=6&period=30",
                TotpCodes.uri("Acme Espace", "JBSWY3DPEHPK3PXP", "ada@example.com"),
                "the brand's name, encoded");
    }

    @Test
    void signInAsksForTheCodeAndTheHalfSignedInStateReachesNothing() {
        Enrolled user = enrolledUser();
        clock.advance(Duration.ofSeconds(30));
        Browser browser = new Browser();

        signIn(browser, user.email(), PASSWORD)
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/login/two-factor?next=%2Faccount"));

        for (String page :
                List.of(
                        "/account",
                        "/account/security",
                        PAGE,
                        "/account/activity",
                        "/account/security/sessions")) {
            browser.get(page).then().statusCode(303).header("Location", containsString("/login"));
        }
        browser.get("/").then().body(containsString("Create an account"));
        browser.submit(
                        "/login/two-factor?next=%2Faccount",
                        "/login/two-factor",
                        Map.of("code", code(user.secret(), 0), "next", "/account"))
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/account"));
        browser.get("/account").then().statusCode(200).body(containsString("Hello, Ada"));
    }

    @Test
    void refusesWrongMalformedExpiredAndReplayedCodes() {
        Enrolled user = enrolledUser();
        Browser browser = new Browser();
        signIn(browser, user.email(), PASSWORD).then().statusCode(303);

        for (String bad :
                List.of(
                        code(user.secret(), 0),
                        wrong(code(user.secret(), 30)),
                        "abcdef",
                        "12345",
                        code(user.secret(), -60))) {
            browser.submit("/login/two-factor", "/login/two-factor", Map.of("code", bad))
                    .then()
                    .statusCode(401);
        }
        assertTrue(browser.get("/account").statusCode() == 303, "still not signed in");
        // the code of the step just enrolled with was the replay; the next step's works
        signIn(browser, user.email(), PASSWORD).then().statusCode(303);
        clock.advance(Duration.ofSeconds(30));
        browser.submit(
                        "/login/two-factor",
                        "/login/two-factor",
                        Map.of("code", code(user.secret(), 0)))
                .then()
                .statusCode(303);
        browser.get("/account").then().statusCode(200);
    }

    @Test
    void aCodeFromOneStepEitherSideIsAccepted() {
        Enrolled user = enrolledUser();
        clock.advance(Duration.ofMinutes(2));
        Browser early = new Browser();
        signIn(early, user.email(), PASSWORD).then().statusCode(303);
        early.submit(
                        "/login/two-factor",
                        "/login/two-factor",
                        Map.of("code", code(user.secret(), -30)))
                .then()
                .statusCode(303);
        clock.advance(Duration.ofMinutes(2));
        Browser late = new Browser();
        signIn(late, user.email(), PASSWORD).then().statusCode(303);
        late.submit(
                        "/login/two-factor",
                        "/login/two-factor",
                        Map.of("code", code(user.secret(), 30)))
                .then()
                .statusCode(303);
    }

    @Test
    void aRecoveryCodeWorksOnce() {
        Enrolled user = enrolledUser();
        String recovery = user.recoveryCodes().get(3);
        Browser first = new Browser();
        signIn(first, user.email(), PASSWORD).then().statusCode(303);
        first.submit(
                        "/login/two-factor",
                        "/login/two-factor",
                        Map.of("code", recovery.toUpperCase()))
                .then()
                .statusCode(303);
        first.get(PAGE).then().body(containsString("You have 9 unused recovery codes"));

        Browser second = new Browser();
        signIn(second, user.email(), PASSWORD).then().statusCode(303);
        second.submit("/login/two-factor", "/login/two-factor", Map.of("code", recovery))
                .then()
                .statusCode(401);
    }

    @Test
    void fiveWrongCodesDropThePendingSignInAndTellTheOwner() {
        Enrolled user = enrolledUser();
        clock.advance(Duration.ofSeconds(30));
        Browser browser = new Browser();
        signIn(browser, user.email(), PASSWORD).then().statusCode(303);
        for (int i = 0; i < 4; i++) {
            browser.submit("/login/two-factor", "/login/two-factor", Map.of("code", "00000" + i))
                    .then()
                    .statusCode(401)
                    .body(containsString("This code is not right"));
        }

        browser.submit("/login/two-factor", "/login/two-factor", Map.of("code", "000009"))
                .then()
                .statusCode(401)
                .body(containsString("Too many wrong codes"));

        browser.get("/login/two-factor")
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/login"));
        assertEquals(
                0L,
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        dev.custodian.auth.UserSession.count(
                                                "accountId = ?1 and pendingSecondFactor = true",
                                                accountId(user.email()))),
                "the pending sign-in is gone, not just its cookie");
        dispatcher.dispatchDue();
        MailServer.Received blocked =
                MailServer.single(user.email(), "A sign-in to your account was stopped");
        assertTrue(blocked.text().contains("five wrong two-factor codes"), blocked.text());
        user.browser()
                .get("/account/activity")
                .then()
                .body(containsString("Sign-in stopped after five wrong codes"));
    }

    @Test
    void theCodesOfEverySignInDrawOnTheAccountsBucketAndTheSixteenthWaits() {
        Enrolled user = enrolledUser();
        clock.advance(Duration.ofSeconds(30));
        for (int signIn = 0; signIn < 3; signIn++) {
            Browser browser = new Browser();
            signIn(browser, user.email(), PASSWORD).then().statusCode(303);
            for (int i = 0; i < 5; i++) {
                browser.submit(
                                "/login/two-factor",
                                "/login/two-factor",
                                Map.of("code", wrong(code(user.secret(), 0))))
                        .then()
                        .statusCode(401);
            }
        }

        // fifteen codes in five minutes: the next waits, even the right one of a fresh sign-in
        Browser browser = new Browser();
        signIn(browser, user.email(), PASSWORD).then().statusCode(303);
        browser.submit(
                        "/login/two-factor",
                        "/login/two-factor",
                        Map.of("code", code(user.secret(), 0)))
                .then()
                .statusCode(429)
                .header("Retry-After", not(emptyOrNullString()));
        browser.get("/account").then().statusCode(303);
        assertEquals(
                0,
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        dev.custodian.auth.UserSession
                                                .<dev.custodian.auth.UserSession>find(
                                                        "accountId = ?1 and pendingSecondFactor = true",
                                                        accountId(user.email()))
                                                .singleResult()
                                                .secondFactorFailures),
                "the refused code is not one of the pending sign-in's five");
        browser.get("/login/two-factor").then().statusCode(200);
    }

    @Test
    void anEmptyCodeAsksForTheCodeAndCountsNoAttempt() {
        Enrolled user = enrolledUser();
        clock.advance(Duration.ofSeconds(30));
        Browser browser = new Browser();
        signIn(browser, user.email(), PASSWORD).then().statusCode(303);
        for (int i = 0; i < 6; i++) {
            browser.submit(
                            "/login/two-factor",
                            "/login/two-factor",
                            Map.of("code", i % 2 == 0 ? "" : "  "))
                    .then()
                    .statusCode(422)
                    .body(containsString("Enter the code from your authenticator app"))
                    .body(not(containsString("This code is not right")));
        }
        browser.submit(
                        "/login/two-factor",
                        "/login/two-factor",
                        Map.of("code", code(user.secret(), 0)))
                .then()
                .statusCode(303);
    }

    @Test
    void aPendingSignInLastsFiveMinutes() {
        Enrolled user = enrolledUser();
        Browser browser = new Browser();
        signIn(browser, user.email(), PASSWORD).then().statusCode(303);

        clock.advance(Duration.ofMinutes(6));

        browser.get("/login/two-factor")
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/login"));
    }

    @Test
    void turningItOffAfterTenMinutesAsksForPasswordAndCodeThenContinues() {
        Enrolled user = enrolledUser();
        clock.advance(Duration.ofMinutes(11));

        user.browser()
                .get(PAGE + "/disable")
                .then()
                .statusCode(200)
                .body(containsString("name=\"password\""))
                .body(containsString("name=\"code\""));
        assertTrue(enrolled(user.email()), "nothing changes before the password and code");
        user.browser()
                .submit(
                        PAGE,
                        "/account/step-up",
                        Map.of(
                                "action",
                                PAGE + "/disable",
                                "password",
                                "not my password",
                                "code",
                                code(user.secret(), 0)))
                .then()
                .statusCode(401)
                .body(containsString("The password or code is wrong."));
        user.browser()
                .submit(
                        PAGE,
                        "/account/step-up",
                        Map.of(
                                "action",
                                PAGE + "/disable",
                                "password",
                                PASSWORD,
                                "code",
                                wrong(code(user.secret(), 0))))
                .then()
                .statusCode(401);
        user.browser()
                .submit(
                        PAGE,
                        "/account/step-up",
                        Map.of("action", PAGE + "/disable", "password", PASSWORD, "code", " "))
                .then()
                .statusCode(422)
                .body(containsString("Enter the code from your authenticator app"));

        user.browser()
                .submit(
                        PAGE,
                        "/account/step-up",
                        Map.of(
                                "action",
                                PAGE + "/disable",
                                "password",
                                PASSWORD,
                                "code",
                                code(user.secret(), 0)))
                .then()
                .statusCode(200)
                .body(containsString("Continue"));
        // a recent step-up is not enough: the page of its own asks for the password and a code
        user.browser()
                .submit("/account", PAGE + "/disable", Map.of("confirmed", "yes"))
                .then()
                .statusCode(422)
                .body(containsString("Enter the code from your authenticator app"));
        assertTrue(enrolled(user.email()));
        clock.advance(Duration.ofSeconds(30));
        turnOff(user.browser(), PASSWORD, code(user.secret(), 0)).then().statusCode(303);

        assertFalse(enrolled(user.email()));
        dispatcher.dispatchDue();
        MailServer.single(user.email(), "Two-factor sign-in was turned off");
        Browser browser = new Browser();
        signIn(browser, user.email(), PASSWORD)
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/account"));
    }

    @Test
    void turningItOffRightAfterSigningInStillAsksOnItsOwnPage() {
        Enrolled user = enrolledUser();
        user.browser()
                .get(PAGE)
                .then()
                .body(containsString("href=\"/account/security/two-factor/disable\""));
        user.browser()
                .get(PAGE + "/disable")
                .then()
                .statusCode(200)
                .body(containsString("Turn off two-factor sign-in?"))
                .body(containsString("name=\"confirmed\""));
        user.browser()
                .submit(PAGE, PAGE + "/disable", Map.of())
                .then()
                .statusCode(200)
                .body(containsString("Turn off two-factor sign-in?"));
        assertTrue(enrolled(user.email()), "a click on the first button turns nothing off");

        turnOff(user.browser(), "not my password", code(user.secret(), 30))
                .then()
                .statusCode(401)
                .body(containsString("The password or code is wrong."));
        assertTrue(enrolled(user.email()), "even right after signing in, the password is asked");
        clock.advance(Duration.ofSeconds(30));
        turnOff(user.browser(), PASSWORD, code(user.secret(), 0)).then().statusCode(303);
        assertFalse(enrolled(user.email()));
    }

    /**
     * Two browsers signed in to one new account, the first with an enrollment started on its page.
     */
    private record TwoSessions(Browser browser, Browser elsewhere, String enrollmentPage) {}

    private static TwoSessions enrollmentWithAnotherSession() {
        Browser browser = new Browser();
        String email = signUp(browser);
        signIn(browser, email, PASSWORD).then().statusCode(303);
        Browser elsewhere = new Browser();
        signIn(elsewhere, email, PASSWORD).then().statusCode(303);
        browser.submit(PAGE, PAGE + "/start", Map.of()).then().statusCode(303);
        return new TwoSessions(browser, elsewhere, browser.get(PAGE).asString());
    }

    @Test
    void turningItOnEndsTheOtherSessionsUnlessTheUserUnticksIt() {
        TwoSessions sessions = enrollmentWithAnotherSession();
        Browser browser = sessions.browser();
        Browser elsewhere = sessions.elsewhere();
        assertTrue(
                sessions.enrollmentPage().contains("name=\"endOtherSessions\" checked"),
                "ticked by default");
        String secret = find(SECRET, sessions.enrollmentPage());

        browser.submit(PAGE, PAGE + "/confirm", Map.of("code", "000000", "endOtherSessions", "on"))
                .then()
                .statusCode(422)
                .body(containsString("name=\"endOtherSessions\" checked"));
        browser.submit(
                        PAGE,
                        PAGE + "/confirm",
                        Map.of("code", code(secret, 0), "endOtherSessions", "on"))
                .then()
                .statusCode(200);

        elsewhere.get("/account").then().statusCode(303);
        browser.get("/account").then().statusCode(200);
        browser.get("/account/activity").then().body(containsString("Other sessions signed out"));
    }

    @Test
    void turningItOnCanKeepTheOtherSessions() {
        TwoSessions sessions = enrollmentWithAnotherSession();
        String secret = find(SECRET, sessions.enrollmentPage());

        sessions.browser()
                .submit(PAGE, PAGE + "/confirm", Map.of("code", code(secret, 0)))
                .then()
                .statusCode(200);

        sessions.elsewhere().get("/account").then().statusCode(200);
    }

    @Test
    void changingThePasswordWithTwoFactorOnAsksForACodeOnTheSameForm() {
        Enrolled user = enrolledUser();
        Browser elsewhere = new Browser();
        signIn(elsewhere, user.email(), PASSWORD).then().statusCode(303);
        clock.advance(Duration.ofSeconds(30));
        elsewhere
                .submit(
                        "/login/two-factor",
                        "/login/two-factor",
                        Map.of("code", code(user.secret(), 0)))
                .then()
                .statusCode(303);
        String newPassword = "seven silver otters juggle marmalade";
        clock.advance(Duration.ofMinutes(11));
        user.browser().get("/account/security").then().body(containsString("name=\"code\""));

        user.browser()
                .submit(
                        "/account/security",
                        "/account/security/password",
                        Map.of(
                                "currentPassword",
                                PASSWORD,
                                "newPassword",
                                newPassword,
                                "endOtherSessions",
                                "on"))
                .then()
                .statusCode(422)
                .body(containsString("Enter the code from your authenticator app"))
                .body(not(containsString(newPassword)));
        user.browser()
                .submit(
                        "/account/security",
                        "/account/security/password",
                        Map.of(
                                "currentPassword",
                                PASSWORD,
                                "code",
                                code(user.secret(), 0),
                                "newPassword",
                                newPassword,
                                "endOtherSessions",
                                "on"))
                .then()
                .statusCode(303);

        signIn(new Browser(), user.email(), newPassword).then().statusCode(303);
        elsewhere.get("/account").then().statusCode(303);
        user.browser().get("/account").then().statusCode(200);
    }

    @Test
    void parallelGuessesOnOnePendingSignInGetFiveChecksAtMost() throws Exception {
        Enrolled user = enrolledUser();
        clock.advance(Duration.ofSeconds(30));
        Browser browser = new Browser();
        signIn(browser, user.email(), PASSWORD).then().statusCode(303);
        String page = browser.get("/login/two-factor").asString();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String guess = String.format("%06d", i);
                answers.add(
                        pool.submit(
                                () ->
                                        browser.post(
                                                        "/login/two-factor",
                                                        Map.of(
                                                                "code",
                                                                guess,
                                                                "csrf-token",
                                                                csrf(page)))
                                                .statusCode()));
            }
            int checked = 0;
            for (Future<Integer> answer : answers) {
                checked += answer.get() == 401 ? 1 : 0;
            }
            assertTrue(checked <= 5, checked + " guesses were checked");
        } finally {
            pool.shutdown();
        }
        assertEquals(
                0L,
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        dev.custodian.auth.UserSession.count(
                                                "accountId = ?1 and pendingSecondFactor = true",
                                                accountId(user.email()))));
    }

    @Test
    void oneCodeSubmittedTwiceAtOnceSignsInOnlyOnce() throws Exception {
        Enrolled user = enrolledUser();
        clock.advance(Duration.ofSeconds(30));
        Browser first = new Browser();
        Browser second = new Browser();
        signIn(first, user.email(), PASSWORD).then().statusCode(303);
        signIn(second, user.email(), PASSWORD).then().statusCode(303);
        String code = code(user.secret(), 0);
        String firstPage = first.get("/login/two-factor").asString();
        String secondPage = second.get("/login/two-factor").asString();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a =
                    pool.submit(
                            () ->
                                    first.post(
                                                    "/login/two-factor",
                                                    Map.of(
                                                            "code",
                                                            code,
                                                            "csrf-token",
                                                            csrf(firstPage)))
                                            .statusCode());
            Future<Integer> b =
                    pool.submit(
                            () ->
                                    second.post(
                                                    "/login/two-factor",
                                                    Map.of(
                                                            "code",
                                                            code,
                                                            "csrf-token",
                                                            csrf(secondPage)))
                                            .statusCode());
            assertEquals(
                    1, (a.get() == 303 ? 1 : 0) + (b.get() == 303 ? 1 : 0), "exactly one sign-in");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theStepUpCarriesWhatWasTypedToTheAction() {
        Enrolled user = enrolledUser();
        clock.advance(Duration.ofMinutes(11));
        clock.advance(Duration.ofSeconds(30));

        String proceed =
                user.browser()
                        .submit(
                                PAGE,
                                "/account/step-up",
                                Map.of(
                                        "action",
                                        "/account/somewhere",
                                        "carry.displayName",
                                        "Ada <Countess> Lovelace",
                                        "password",
                                        PASSWORD,
                                        "code",
                                        code(user.secret(), 0)))
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();

        assertTrue(proceed.contains("action=\"/account/somewhere\""), proceed);
        assertTrue(
                proceed.contains("name=\"displayName\" value=\"Ada &lt;Countess&gt; Lovelace\""),
                proceed);
        assertFalse(proceed.contains(PASSWORD), "a password is never carried");
    }

    @Test
    void newRecoveryCodesReplaceTheOldOnes() {
        Enrolled user = enrolledUser();

        Response fresh = user.browser().submit(PAGE, PAGE + "/recovery-codes", Map.of());

        List<String> codes = findAll(RECOVERY, fresh.then().statusCode(200).extract().asString());
        assertEquals(10, codes.size());
        Browser browser = new Browser();
        signIn(browser, user.email(), PASSWORD).then().statusCode(303);
        browser.submit(
                        "/login/two-factor",
                        "/login/two-factor",
                        Map.of("code", user.recoveryCodes().get(0)))
                .then()
                .statusCode(401);
        browser.submit("/login/two-factor", "/login/two-factor", Map.of("code", codes.get(0)))
                .then()
                .statusCode(303);
    }

    @Test
    void aWrongCodeInAFormSaysOnlyThatThePasswordOrCodeIsWrongAndIsThrottledLikeSignIn() {
        Enrolled user = enrolledUser();
        clock.advance(Duration.ofMinutes(11));
        String newPassword = "seven silver otters juggle marmalade";
        for (int i = 0; i < 5; i++) {
            String code = i % 2 == 0 ? "00000" + i : wrong(code(user.secret(), 0));
            user.browser()
                    .submit(
                            "/account/security",
                            "/account/security/password",
                            Map.of(
                                    "currentPassword",
                                    PASSWORD,
                                    "code",
                                    code,
                                    "newPassword",
                                    newPassword))
                    .then()
                    .statusCode(422)
                    .body(containsString("The password or code is wrong."))
                    .body(not(containsString("code is not right")));
        }
        // the sixth comes too soon, even with the right code: the sign-in's growing wait applies
        // here too
        user.browser()
                .submit(
                        "/account/security",
                        "/account/security/password",
                        Map.of(
                                "currentPassword",
                                PASSWORD,
                                "code",
                                code(user.secret(), 0),
                                "newPassword",
                                newPassword))
                .then()
                .statusCode(429);
        user.browser()
                .submit(
                        PAGE,
                        "/account/step-up",
                        Map.of(
                                "action",
                                PAGE + "/disable",
                                "password",
                                PASSWORD,
                                "code",
                                code(user.secret(), 0)))
                .then()
                .statusCode(429);
        signIn(new Browser(), user.email(), PASSWORD).then().statusCode(429);

        clock.advance(Duration.ofSeconds(31));
        user.browser()
                .submit(
                        "/account/security",
                        "/account/security/password",
                        Map.of(
                                "currentPassword",
                                PASSWORD,
                                "code",
                                code(user.secret(), 0),
                                "newPassword",
                                newPassword))
                .then()
                .statusCode(303);
        signIn(new Browser(), user.email(), newPassword).then().statusCode(303);
    }

    @Test
    void aHundredWrongCodesInARowRefuseTheAppsCodesUntilARecoveryCodeIsUsed() {
        Enrolled user = enrolledUser();
        UUID id = accountId(user.email());
        for (int i = 0; i < 99; i++) {
            assertFalse(twoFactor.verify(id, "00000" + (i % 10), "192.0.2.1", "test"));
        }
        clock.advance(Duration.ofSeconds(30));
        Browser attacker = new Browser();
        signIn(attacker, user.email(), PASSWORD).then().statusCode(303);
        attacker.submit(
                        "/login/two-factor",
                        "/login/two-factor",
                        Map.of("code", wrong(code(user.secret(), 0))))
                .then()
                .statusCode(401);
        dispatcher.dispatchDue();
        MailServer.Received refused =
                MailServer.single(
                        user.email(), "Codes from your authenticator app are no longer accepted");
        assertTrue(refused.text().contains("recovery codes"), refused.text());
        assertTrue(refused.text().contains("/password/forgot"), refused.text());

        // now even the right code from the app is refused, at sign-in as in a form
        attacker.submit(
                        "/login/two-factor",
                        "/login/two-factor",
                        Map.of("code", code(user.secret(), 0)))
                .then()
                .statusCode(401);
        clock.advance(Duration.ofSeconds(30));
        assertFalse(twoFactor.verify(id, code(user.secret(), 0), "192.0.2.1", "test"));
        user.browser()
                .get("/account/activity")
                .then()
                .body(
                        containsString(
                                "Codes from the authenticator app refused after 100 wrong ones in a row"));

        Browser owner = new Browser();
        signIn(owner, user.email(), PASSWORD).then().statusCode(303);
        owner.submit(
                        "/login/two-factor",
                        "/login/two-factor",
                        Map.of("code", user.recoveryCodes().get(0)))
                .then()
                .statusCode(303);
        clock.advance(Duration.ofSeconds(30));
        assertTrue(
                twoFactor.verify(id, code(user.secret(), 0), "192.0.2.1", "test"),
                "the app works again");
    }

    @Test
    void aPasswordResetEndsTheRefusalOfTheAppsCodes() {
        Enrolled user = enrolledUser();
        UUID id = accountId(user.email());
        QuarkusTransaction.requiringNew()
                .run(
                        () ->
                                TotpCredential.update(
                                        "consecutiveFailures = 100 where accountId = ?1", id));
        assertEquals(100, consecutiveFailures(id), "the app's codes are refused");
        Browser browser = new Browser();
        // through the service: the page's limit per client address is shared by every test
        passwords.requestReset(user.email(), "192.0.2.1", "test");
        dispatcher.dispatchDue();
        String link =
                MailServer.single(user.email(), "Choose a new password")
                        .link("/password/reset?token=");
        browser.submit(
                        link,
                        "/password/reset",
                        Map.of(
                                "token",
                                link.substring(link.indexOf('=') + 1),
                                "password",
                                "seven silver otters juggle marmalade"))
                .then()
                .statusCode(303);

        assertEquals(0, consecutiveFailures(id), "the app's codes are accepted again");
    }

    @Test
    void theRecoveryCodesPageOffersThemAsATextFileAndPrintsOnlyThem() {
        Enrolled user = enrolledUser();
        String page = user.page();
        String email = user.email();
        List<String> codes = findAll(RECOVERY, page);
        String href =
                find(
                        Pattern.compile(
                                "href=\"data:text/plain;charset=utf-8,([^\"]+)\""
                                        + " download=\"recovery-codes.txt\""),
                        page);
        String file = URLDecoder.decode(href.replace("&amp;", "&"), StandardCharsets.UTF_8);
        assertTrue(file.startsWith("Recovery codes for " + email + ", made on "), file);
        assertEquals(codes, file.lines().skip(2).toList(), "every code, one a line, none else");

        String css = given().get("/css/custodian.css").then().statusCode(200).extract().asString();
        String print = css.substring(css.indexOf("@media print"));
        assertTrue(
                print.contains(".site-header") && print.contains(".no-print"),
                "printed, the page drops the header and the buttons");
    }

    private Enrolled enrolledUser() {
        Browser browser = new Browser();
        String email = signUp(browser);
        signIn(browser, email, PASSWORD).then().statusCode(303);
        browser.submit(PAGE, PAGE + "/start", Map.of()).then().statusCode(303);
        String secret = find(SECRET, browser.get(PAGE).asString());
        String page =
                browser.submit(PAGE, PAGE + "/confirm", Map.of("code", code(secret, 0)))
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        return new Enrolled(browser, email, secret, findAll(RECOVERY, page), page);
    }

    /** The code an authenticator app shows {@code offsetSeconds} from the test clock's now. */
    private String code(String secret, long offsetSeconds) {
        return TotpCodes.codeAt(secret, (clock.instant().getEpochSecond() + offsetSeconds) / 30);
    }

    private static String csrf(String page) {
        return find(Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\""), page);
    }

    private static String wrong(String code) {
        return code.charAt(0) == '9'
                ? "0" + code.substring(1)
                : (char) (code.charAt(0) + 1) + code.substring(1);
    }

    /** Posts the page that turns two-factor off, confirmed, with a password and a code. */
    private static Response turnOff(Browser browser, String password, String code) {
        return browser.submit(
                PAGE + "/disable",
                PAGE + "/disable",
                Map.of("confirmed", "yes", "password", password, "code", code));
    }

    private static int consecutiveFailures(UUID accountId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> TotpCredential.<TotpCredential>findById(accountId).consecutiveFailures);
    }

    private static boolean enrolled(String email) {
        return QuarkusTransaction.requiringNew()
                .call(() -> TotpCredential.isEnrolled(accountId(email)));
    }

    private static UUID accountId(String email) {
        return Db.account(email).orElseThrow().id;
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), "not found: " + pattern);
        return matcher.group(1);
    }

    private static List<String> findAll(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
