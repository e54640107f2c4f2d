package dev.custodian.oidc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.custodian.testing.Browser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The provider is configured but down: Custodian starts, and its pages say so instead of failing.
 */
@QuarkusTest
@TestProfile(OidcUnreachableTest.ProviderDown.class)
class OidcUnreachableTest {

    public static class ProviderDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.oidc.tenant-enabled",
                    "true",
                    "custodian.oidc.enabled",
                    "true",
                    "custodian.oidc.display-name",
                    "Acme SSO",
                    // nothing listens on port 1
                    "quarkus.oidc.auth-server-url",
                    "http://127.0.0.1:1/realms/down",
                    "quarkus.oidc.client-id",
                    "custodian",
                    "quarkus.oidc.credentials.secret",
                    "secret");
        }
    }

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
