package dev.custodian.auth;

import static dev.custodian.testing.Accounts.PASSWORD;
import static dev.custodian.testing.Accounts.signIn;
import static dev.custodian.testing.Accounts.signUp;
import static dev.custodian.testing.Browser.redirectsTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.account.Account;
import dev.custodian.account.AccountStatus;
import dev.custodian.mail.MailDispatcher;
import dev.custodian.secrets.Secrets;
import dev.custodian.secrets.Tokens;
import dev.custodian.testing.Accounts;
import dev.custodian.testing.Browser;
import dev.custodian.testing.Db;
import dev.custodian.testing.MailServer;
import dev.custodian.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class LoginTest {

    private static final String COOKIE = "custodian_session";

    @Inject TestClock clock;

    @Inject Secrets secrets;

    @Inject MailDispatcher dispatcher;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void signsInWithAFreshSessionWhoseTokenIsStoredOnlyAsAHash() {
        Browser browser = new Browser();
        String email = signUp(browser);

        Response response = signIn(browser, email.toUpperCase(), PASSWORD);

        response.then().statusCode(303).header("Location", redirectsTo("/account"));
        String sessionCookie =
                response.getHeaders().getValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith(COOKIE + "="))
                        .findFirst()
                        .orElseThrow();
        assertTrue(sessionCookie.contains("HttpOnly"), sessionCookie);
        assertTrue(sessionCookie.contains("SameSite=Lax"), sessionCookie);
        String token = browser.cookie(COOKIE);
        assertTrue(token.length() >= 43, "256 bits, base64url");
        assertTrue(
                QuarkusTransaction.requiringNew()
                        .call(() -> UserSession.findByTokenHash(token).isEmpty()),
                "the raw token must not be stored");
        assertTrue(
                QuarkusTransaction.requiringNew()
                        .call(() -> UserSession.findByTokenHash(Tokens.sha256(token)).isPresent()));
        browser.get("/account")
                .then()
                .statusCode(200)
                .body(containsString("Hello, Ada"))
                .body(containsString("You are signed in."));
        browser.get("/account")
                .then()
                .statusCode(200)
                .body(not(containsString("You are signed in.")));
    }

    @Test
    void withoutAConfiguredProviderNothingAboutItShows() {
        new Browser()
                .get("/login")
                .then()
                .statusCode(200)
                .body(not(containsString("/login/oidc")))
                .body(not(containsString("Continue with")));
        new Browser()
                .get("/signup")
                .then()
                .statusCode(200)
                .body(not(containsString("Continue with")));
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
        Browser browser = new Browser();
        String email = signUp(browser);

        Response wrongPassword = signIn(new Browser(), email, "not the right passphrase at all");
        String unknown = Accounts.uniqueEmail();
        Response unknownEmail = signIn(new Browser(), unknown, PASSWORD);

        wrongPassword
                .then()
                .statusCode(401)
                .body(containsString("The email or password is wrong."));
        unknownEmail.then().statusCode(401).body(containsString("The email or password is wrong."));
        assertEquals(
                normalise(wrongPassword.asString(), email),
                normalise(unknownEmail.asString(), unknown));
        assertEquals(
                null,
                wrongPassword.getHeaders().getValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith(COOKIE))
                        .findFirst()
                        .orElse(null));
    }

    @Test
    void keepsTheTypedEmailButNeverThePassword() {
        signIn(new Browser(), "someone@example.com", "a secret that should not echo")
                .then()
                .statusCode(401)
                .body(containsString("value=\"someone@example.com\""))
                .body(not(containsString("a secret that should not echo")));
    }

    @Test
    void aNewSignInReplacesTheBrowsersPreviousSession() {
        Browser browser = new Browser();
        String email = signUp(browser);
        signIn(browser, email, PASSWORD).then().statusCode(303);
        String first = browser.cookie(COOKIE);

        signIn(browser, email, PASSWORD).then().statusCode(303);

        String second = browser.cookie(COOKIE);
        assertNotEquals(first, second);
        assertTrue(
                QuarkusTransaction.requiringNew()
                        .call(() -> UserSession.findByTokenHash(Tokens.sha256(first)).isEmpty()));
        Browser stale = new Browser();
        stale.setCookie(COOKIE, first);
        stale.get("/account").then().statusCode(303);
    }

    @Test
    void anAccountPageSendsAVisitorToSignInAndBackAfterwards() {
        Browser browser = new Browser();
        String email = signUp(browser);

        browser.get("/account?tab=1")
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/login?next=%2Faccount%3Ftab%3D1"));
        browser.get("/login?next=%2Faccount%3Ftab%3D1")
                .then()
                .body(containsString("value=\"/account?tab=1\""));
        signIn(browser, email, PASSWORD, "/account?tab=1")
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/account?tab=1"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://evil.example/",
                "//evil.example/x",
                "/\\evil.example",
                "javascript:alert(1)",
                "http:/evil",
                " /account"
            })
    void neverRedirectsToAnotherSite(String next) {
        Browser browser = new Browser();
        String email = signUp(browser);

        signIn(browser, email, PASSWORD, next)
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/account"));
        new Browser()
                .get("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8))
                .then()
                .body(containsString("name=\"next\" value=\"/account\""));
    }

    @Test
    void signOutEndsTheSessionAndClearsTheBrowser() {
        Browser browser = Accounts.signedInBrowser();
        String token = browser.cookie(COOKIE);

        Response response = browser.submit("/account", "/logout", Map.of());

        response.then()
                .statusCode(303)
                .header("Location", redirectsTo("/signed-out"))
                .header("Clear-Site-Data", equalTo("\"cache\", \"storage\""));
        assertEquals(null, browser.cookie(COOKIE), "the session cookie is expired by name");
        assertTrue(
                QuarkusTransaction.requiringNew()
                        .call(() -> UserSession.findByTokenHash(Tokens.sha256(token)).isEmpty()));
        browser.get("/signed-out")
                .then()
                .statusCode(200)
                .body(containsString("You are signed out"));
        Browser replay = new Browser();
        replay.setCookie(COOKIE, token);
        replay.get("/account").then().statusCode(303);
    }

    @Test
    void refusesSignInAndSignOutWithoutTheCsrfToken() {
        Browser browser = Accounts.signedInBrowser();
        String token = browser.cookie(COOKIE);

        browser.post("/logout", Map.of()).then().statusCode(400);
        browser.get("/account").then().statusCode(200);
        assertTrue(
                QuarkusTransaction.requiringNew()
                        .call(() -> UserSession.findByTokenHash(Tokens.sha256(token)).isPresent()));

        Browser other = new Browser();
        String email = signUp(other);
        other.post("/login", Map.of("email", email, "password", PASSWORD)).then().statusCode(400);
        assertEquals(null, other.cookie(COOKIE));
    }

    @Test
    void aSessionEndsAfterAnHourIdle() {
        Browser browser = Accounts.signedInBrowser();
        String token = browser.cookie(COOKIE);
        clock.advance(Duration.ofMinutes(59));
        browser.get("/account").then().statusCode(200);

        clock.advance(Duration.ofMinutes(61));

        browser.get("/account").then().statusCode(303).header("Location", containsString("/login"));
        assertTrue(
                QuarkusTransaction.requiringNew()
                        .call(() -> UserSession.findByTokenHash(Tokens.sha256(token)).isEmpty()));
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInHoweverActive() {
        Browser browser = Accounts.signedInBrowser();
        for (int hour = 1; hour < 12; hour++) {
            clock.advance(Duration.ofMinutes(50));
            browser.get("/account").then().statusCode(200);
        }
        clock.advance(Duration.ofMinutes(50 + 60));

        browser.get("/account").then().statusCode(303);
    }

    @Test
    void growingWaitsAfterFiveFailuresSlowAGuesserForExistingAndUnknownEmailsAlike() {
        clock.freeze();
        Browser browser = new Browser();
        String existing = signUp(browser);
        String unknown = Accounts.uniqueEmail();
        for (String email : new String[] {existing, unknown}) {
            for (int i = 0; i < 5; i++) {
                signIn(new Browser(), email, "wrong passphrase number " + i).then().statusCode(401);
            }
            signIn(new Browser(), email, "wrong passphrase again")
                    .then()
                    .statusCode(429)
                    .header("Retry-After", equalTo("1"))
                    .body(
                            containsString(
                                    "Too many attempts for now. Wait 1 second, then sign in again."))
                    // the sign-in form again, with the email as typed
                    .body(containsString("name=\"email\" type=\"email\" value=\"" + email + "\""))
                    .body(containsString("action=\"/login\""));
        }
        signIn(new Browser(), existing, PASSWORD).then().statusCode(429);

        clock.advance(Duration.ofSeconds(2));

        signIn(browser, existing, PASSWORD).then().statusCode(303);
        signIn(new Browser(), existing, "wrong once more").then().statusCode(401);
        signIn(new Browser(), existing, "wrong twice more").then().statusCode(401);
    }

    @Test
    void parallelGuessesCannotSlipThroughTheWaitTogether() throws Exception {
        clock.freeze();
        String email = signUp(new Browser());
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String guess = "parallel wrong guess " + i;
                answers.add(pool.submit(() -> signIn(new Browser(), email, guess).statusCode()));
            }
            int refused = 0;
            int checked = 0;
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                if (status == 429) {
                    refused++;
                } else if (status == 401) {
                    checked++;
                }
            }
            assertEquals(
                    5,
                    checked,
                    "only the five tries before the first wait reach the password check");
            assertEquals(7, refused);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * A double-clicked form: a success deletes the failure count another sign-in is waiting to
     * lock. Five at once, the most that all get past the count before its growing waits.
     */
    @Test
    void parallelRightSignInsOfOneAccountAllSucceed() throws Exception {
        String email = signUp(new Browser());
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                answers.add(pool.submit(() -> signIn(new Browser(), email, PASSWORD).statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(303, answer.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theWaitNeverGrowsPastOneMinute() {
        clock.freeze();
        String email = signUp(new Browser());
        for (int i = 0; i < 12; i++) {
            signIn(new Browser(), email, "wrong passphrase " + i).then().statusCode(401);
            clock.advance(Duration.ofSeconds(61));
        }
        signIn(new Browser(), email, "wrong").then().statusCode(401);
        signIn(new Browser(), email, "wrong")
                .then()
                .statusCode(429)
                .header("Retry-After", equalTo("60"));
    }

    @Test
    void aHundredConsecutiveFailuresRequireAPasswordResetWhoseLinkIsMailed() {
        clock.freeze();
        MailServer.start();
        Browser browser = new Browser();
        String email = signUp(browser);
        String key = secrets.keyedHash("login-email", email);
        Instant anHourAgo = clock.instant().minus(Duration.ofHours(1));
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            LoginFailure failure = new LoginFailure();
                            failure.emailKey = key;
                            failure.consecutiveFailures = 99;
                            failure.lastFailureAt = anHourAgo;
                            failure.persist();
                        });

        signIn(new Browser(), email, "the hundredth wrong guess").then().statusCode(401);

        assertTrue(Db.account(email).map(a -> a.passwordResetRequired).orElseThrow());
        clock.advance(Duration.ofMinutes(2));
        // The right password gets the same answer as a wrong one: the lock confirms no guess.
        signIn(browser, email, PASSWORD)
                .then()
                .statusCode(401)
                .body(containsString("The email or password is wrong."));
        assertEquals(null, browser.cookie(COOKIE));
        dispatcher.dispatchDue();
        String link =
                MailServer.single(email, "Your account needs a new password")
                        .link("/password/reset?token=");
        String newPassword = "seven silver otters juggle marmalade";
        browser.submit(
                        link,
                        "/password/reset",
                        Map.of(
                                "token",
                                link.substring(link.indexOf('=') + 1),
                                "password",
                                newPassword))
                .then()
                .statusCode(303);
        signIn(browser, email, newPassword).then().statusCode(303);
    }

    @Test
    void aClosedAccountCannotSignInAndItsSessionsStopWorking() {
        Browser browser = new Browser();
        String email = signUp(browser);
        signIn(browser, email, PASSWORD).then().statusCode(303);
        QuarkusTransaction.requiringNew()
                .run(
                        () ->
                                Account.update(
                                        "status = ?1 where emailNormalized = ?2",
                                        AccountStatus.CLOSED,
                                        email));

        browser.get("/account").then().statusCode(303);
        signIn(new Browser(), email, PASSWORD)
                .then()
                .statusCode(401)
                .body(containsString("The email or password is wrong."));
    }

    /** Both refusal pages must be identical but for the email typed and the per-page CSRF token. */
    private static String normalise(String page, String email) {
        return page.replace(email, "EMAIL").replaceAll("name=\"csrf-token\" value=\"[^\"]+\"", "");
    }
}
