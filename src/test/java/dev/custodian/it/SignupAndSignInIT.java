package dev.custodian.it;

import static dev.custodian.testing.Accounts.PASSWORD;
import static dev.custodian.testing.Browser.redirectsTo;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.testing.Accounts;
import dev.custodian.testing.Browser;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The packaged application, in its production profile, against PostgreSQL. */
@QuarkusIntegrationTest
class SignupAndSignInIT {

    @Test
    void aNewUserSignsUpSignsInAndSignsOut() throws SQLException {
        Browser browser = new Browser();
        String email = Accounts.signUp(browser);

        Response signIn = Accounts.signIn(browser, email, PASSWORD);

        signIn.then().statusCode(303).header("Location", redirectsTo("/account"));
        // the tests of the test profile hash at a low cost; production at OWASP's for argon2id
        String hash = passwordHashOf(email);
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertNotNull(
                browser.cookie("__Host-custodian_session"), "production uses the __Host- cookie");
        String cookie = setCookie(signIn, "__Host-custodian_session=");
        // What browsers demand of a __Host- cookie, and what a session cookie needs.
        assertTrue(cookie.contains("Secure"), cookie);
        assertTrue(cookie.contains("Path=/"), cookie);
        assertTrue(!cookie.contains("Domain"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertNotNull(browser.cookie("__Host-custodian_csrf"), "and a __Host- CSRF cookie");
        String flash = setCookie(signIn, "custodian_flash=");
        assertTrue(flash.contains("Secure") && flash.contains("SameSite=Lax"), flash);
        String language =
                setCookie(
                        browser.submit("/account", "/language", java.util.Map.of("lang", "en")),
                        "custodian_lang=");
        assertTrue(language.contains("Secure"), language);
        String csrf = setCookie(new Browser().get("/login"), "__Host-custodian_csrf=");
        assertTrue(csrf.contains("Secure") && csrf.contains("SameSite=Lax"), csrf);
        browser.get("/account")
                .then()
                .statusCode(200)
                .body(containsString("Hello, Ada"))
                .header("Strict-Transport-Security", containsString("max-age="));
        browser.submit("/account", "/logout", java.util.Map.of()).then().statusCode(303);
        browser.get("/account").then().statusCode(303);
    }

    private static String passwordHashOf(String email) throws SQLException {
        try (Connection db = PackagedDatabase.connect();
                PreparedStatement query =
                        db.prepareStatement("SELECT password_hash FROM account WHERE email = ?")) {
            query.setString(1, email);
            try (ResultSet result = query.executeQuery()) {
                assertTrue(result.next(), "no account " + email);
                return result.getString(1);
            }
        }
    }

    private static String setCookie(Response response, String prefix) {
        return response.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + prefix));
    }
}
