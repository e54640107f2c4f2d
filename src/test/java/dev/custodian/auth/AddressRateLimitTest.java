package dev.custodian.auth;

import static dev.custodian.testing.Accounts.PASSWORD;
import static dev.custodian.testing.Accounts.signIn;
import static dev.custodian.testing.Accounts.signUp;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.testing.Accounts;
import dev.custodian.testing.Browser;
import dev.custodian.testing.TightLimits;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The per-address limits, with the production defaults that the other tests raise. */
@QuarkusTest
@TestProfile(TightLimits.class)
class AddressRateLimitTest {

    /** Buckets live in the database; each test starts with full ones, whatever ran before. */
    @BeforeEach
    void fillAllBuckets() {
        QuarkusTransaction.requiringNew()
                .run(
                        () ->
                                Panache.getEntityManager()
                                        .createNativeQuery("DELETE FROM rate_limit_bucket")
                                        .executeUpdate());
    }

    @Test
    void anAddressGetsTenSignInAttemptsAMinuteThenThe429Page() {
        Browser browser = new Browser();
        String email = signUp(browser);
        for (int i = 0; i < 10; i++) {
            // different emails, so that only the address limit can be what stops the eleventh
            signIn(new Browser(), Accounts.uniqueEmail(), "wrong passphrase " + i)
                    .then()
                    .statusCode(401);
        }

        signIn(browser, email, PASSWORD)
                .then()
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .body(containsString("Too many attempts"))
                .body(containsString("<header class=\"site-header\">"));
    }

    /** A passkey is one more way to guess at sign-in: it draws on the address's same bucket. */
    @Test
    void passkeySignInsDrawOnTheAddressesSignInBucket() {
        for (int i = 0; i < 10; i++) {
            signIn(new Browser(), Accounts.uniqueEmail(), "wrong passphrase " + i)
                    .then()
                    .statusCode(401);
        }
        Browser browser = new Browser();
        browser.submit("/login", "/login/passkey/options", Map.of()).then().statusCode(200);
        Response refused =
                browser.submit(
                        "/login",
                        "/login/passkey",
                        Map.of("response", "{\"id\":\"guess\"}", "next", "/account"));
        refused.then().statusCode(303);
        String location = refused.header("Location");
        assertTrue(location.contains("passkey=wait"), location);
        browser.get(location)
                .then()
                .statusCode(200)
                .body(containsString("Too many sign-in attempts from your network"));
    }

    /** The passkey options are refused too, with 429, once an address asks for too many. */
    @Test
    void anAddressAskingForPasskeyOptionsOverAndOverGets429() {
        Browser browser = new Browser();
        int answered = 0;
        Response last;
        do {
            last = browser.submit("/login", "/login/passkey/options", Map.of());
            answered++;
        } while (last.statusCode() == 200 && answered < 1000);
        last.then().statusCode(429).header("Retry-After", notNullValue());
        assertTrue(answered > 10, "a few per sign-in attempt: " + answered);
    }

    @Test
    void anAddressGetsTwentySignUpsAnHour() {
        for (int i = 0; i < 20; i++) {
            signUp(new Browser());
        }
        Accounts.signUp(new Browser(), Accounts.signupForm(Accounts.uniqueEmail()))
                .then()
                .statusCode(429);
    }
}
