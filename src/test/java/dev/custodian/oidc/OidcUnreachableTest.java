package dev.custodian.oidc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.custodian.testing.Browser;
import dev.custodian.testing.FewerPromises;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * The provider is configured but down: Custodian starts, and its pages say so instead of failing.
 */
@QuarkusTest
@TestProfile(FewerPromises.class)
class OidcUnreachableTest {

    @Test
    void theSignInPageExplainsTheProviderIsUnreachableAndPasswordsStillWork() {
        new Browser()
                .get("/login")
                .then()
                .statusCode(200)
                .body(containsString("Acme SSO cannot be reached right now"))
                .body(not(containsString("href=\"/login/oidc\"")))
                .body(containsString("name=\"password\""));
        new Browser()
                .get("/signup")
                .then()
                .statusCode(200)
                .body(containsString("Acme SSO cannot be reached right now"));
    }
}
