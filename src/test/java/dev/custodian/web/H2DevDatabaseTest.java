package dev.custodian.web;

import static dev.custodian.testing.Accounts.PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.account.UnverifiedAccountCleanup;
import dev.custodian.mail.MailDispatcher;
import dev.custodian.testing.Accounts;
import dev.custodian.testing.Browser;
import dev.custodian.testing.MailServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Dev mode's embedded H2 database (PostgreSQL mode), which no other test uses: the migrations,
 * the throttling SQL, the in-memory rate limiter and the SKIP LOCKED claims must all work on it.
 */
@QuarkusTest
@TestProfile(H2DevDatabaseTest.H2.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class H2DevDatabaseTest {

    public static class H2 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.db-kind", "h2",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:custodian-dev-check;MODE=PostgreSQL;"
                            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "quarkus.datasource.username", "sa",
                    "quarkus.datasource.password", "",
                    "custodian.rate-limit.login-per-address-per-minute", "10");
        }
    }

    @Inject
    MailDispatcher dispatcher;

    @Inject
    UnverifiedAccountCleanup cleanup;

    @Test
    @Order(1)
    void theWholeSignUpJourneyRunsOnH2() {
        MailServer.start();
        Browser browser = new Browser();
        String email = Accounts.signUp(browser);
        Accounts.signIn(new Browser(), email, "a wrong passphrase for h2").then().statusCode(401);
        Accounts.signIn(browser, email, PASSWORD).then().statusCode(303);
        browser.get("/account").then().statusCode(200).body(containsString("Hello, Ada"));
        browser.get("/account/activity").then().statusCode(200).body(containsString("Failed sign-in"));

        dispatcher.dispatchDue();
        String link = MailServer.single(email, "Confirm your email address").link("/verify-email?token=");
        browser.submit(link, "/verify-email", Map.of("token", link.substring(link.indexOf('=') + 1))).then()
                .statusCode(303);
        assertEquals(0, cleanup.deleteExpired());
    }

    /**
     * Each test profile loads its own copy of the test classes: this profile's mail server must
     * free the port for the next profile's.
     */
    @AfterAll
    static void stopMailServer() {
        MailServer.stop();
    }

    /** Runs last: it empties this address's bucket. */
    @Test
    @Order(2)
    void theInMemoryAddressLimitHoldsOnH2() {
        int refused = 0;
        for (int i = 0; i < 12; i++) {
            int status = Accounts.signIn(new Browser(), Accounts.uniqueEmail(), "wrong " + i).statusCode();
            refused += status == 429 ? 1 : 0;
        }
        assertTrue(refused >= 1, "the eleventh try in a minute is refused");
    }
}
