package dev.custodian.it;

import static dev.custodian.testing.Browser.redirectsTo;
import static dev.custodian.testing.Accounts.PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.custodian.testing.Accounts;
import dev.custodian.testing.Browser;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

/** The packaged application, in its production profile, against PostgreSQL. */
@QuarkusIntegrationTest
class SignupAndSignInIT {

    @Test
    void aNewUserSignsUpSignsInAndSignsOut() {
        Browser browser = new Browser();
        String email = Accounts.signUp(browser);

        Accounts.signIn(browser, email, PASSWORD).then().statusCode(303).header("Location", redirectsTo("/account"));

        assertNotNull(browser.cookie("__Host-custodian_session"), "production uses the __Host- cookie");
        browser.get("/account").then().statusCode(200).body(containsString("Hello, Ada"))
                .header("Strict-Transport-Security", containsString("max-age="));
        browser.submit("/account", "/logout", java.util.Map.of()).then().statusCode(303);
        browser.get("/account").then().statusCode(303);
    }
}
