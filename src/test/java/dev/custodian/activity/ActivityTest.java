package dev.custodian.activity;

import static dev.custodian.testing.Accounts.PASSWORD;
import static dev.custodian.testing.Accounts.signIn;
import static dev.custodian.testing.Accounts.signUp;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.testing.Browser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActivityTest {

    @Test
    void listsTheAccountsOwnEventsNewestFirstWithAddressAndBrowser() {
        Browser browser = new Browser().header("User-Agent", "Activity test browser");
        String email = signUp(browser);
        signIn(new Browser(), email, "a wrong passphrase here").then().statusCode(401);
        signIn(browser, email, PASSWORD).then().statusCode(303);

        String page = browser.get("/account/activity").then().statusCode(200).extract().asString();

        int signedIn = page.indexOf("<td>Signed in</td>");
        int failed = page.indexOf("Failed sign-in (wrong password)");
        int created = page.indexOf("Account created");
        assertTrue(signedIn > 0 && failed > signedIn && created > failed, "newest first:\n" + page);
        assertTrue(page.contains("127.0.0.1"));
        assertTrue(page.contains("Activity test browser"));
    }

    @Test
    void showsNothingOfAnotherAccountAndSpeaksTheUsersLanguage() {
        Browser other = new Browser().header("User-Agent", "Someone else's browser");
        String otherEmail = signUp(other);
        signIn(other, otherEmail, PASSWORD).then().statusCode(303);
        Browser browser = new Browser();
        String email = signUp(browser);
        signIn(browser, email, PASSWORD).then().statusCode(303);
        browser.submit("/account", "/language", Map.of("lang", "fr", "next", "/account/activity"));

        browser.get("/account/activity")
                .then()
                .statusCode(200)
                .body(containsString("Activité du compte"))
                .body(containsString("Compte créé"))
                .body(not(containsString("Someone else's browser")));
        new Browser().get("/account/activity").then().statusCode(303);
    }

    @Test
    void pagesThroughALongLog() {
        Browser browser = new Browser();
        String email = signUp(browser);
        for (int i = 0; i < 26; i++) {
            signIn(browser, email, PASSWORD).then().statusCode(303);
        }

        browser.get("/account/activity").then().body(containsString("page=2"));
        browser.get("/account/activity?page=2")
                .then()
                .statusCode(200)
                .body(containsString("Account created"))
                .body(containsString("page=1"));
    }
}
