package dev.custodian.activity;

import static dev.custodian.testing.Accounts.PASSWORD;
import static dev.custodian.testing.Accounts.signIn;
import static dev.custodian.testing.Accounts.signUp;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.account.Account;
import dev.custodian.testing.Browser;
import dev.custodian.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActivityTest {

    private static final String FIREFOX_ON_UBUNTU =
            "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    @Test
    void listsTheAccountsOwnEventsNewestFirstWithAddressAndBrowser() {
        Browser browser = new Browser().header("User-Agent", FIREFOX_ON_UBUNTU);
        String email = signUp(browser);
        signIn(new Browser(), email, "a wrong passphrase here").then().statusCode(401);
        signIn(browser, email, PASSWORD).then().statusCode(303);

        String page = browser.get("/account/activity").then().statusCode(200).extract().asString();

        int signedIn = page.indexOf("\">Signed in</td>");
        int failed = page.indexOf("Failed sign-in (wrong password)");
        int created = page.indexOf("Account created");
        assertTrue(signedIn > 0 && failed > signedIn && created > failed, "newest first:\n" + page);
        assertTrue(page.contains("127.0.0.1"));
        assertTrue(page.contains("Firefox 128 · Ubuntu"), "the sessions page's short label");
        assertFalse(page.contains("Gecko/20100101"), "not the raw User-Agent");
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
        long recorded =
                Db.inTransaction(
                        () ->
                                AccountEvent.count(
                                        "accountId", Account.findByEmail(email).orElseThrow().id));
        int shown = 0;
        for (int page = 1; page <= 3; page++) {
            shown += rows(browser.get("/account/activity?page=" + page).asString());
        }
        assertEquals(recorded, shown, "every event once, across the pages");
    }

    @Test
    void filtersByKindAndKeepsTheFilterWhilePaging() {
        Browser browser = new Browser();
        String email = signUp(browser);
        for (int i = 0; i < 26; i++) {
            signIn(browser, email, PASSWORD).then().statusCode(303);
        }
        String signIns =
                browser.get("/account/activity?kind=sign-ins")
                        .then()
                        .statusCode(200)
                        .body(containsString("aria-current=\"page\">Sign-ins</a>"))
                        .body(containsString("href=\"/account/activity?kind=sign-ins&amp;page=2\""))
                        .extract()
                        .asString();
        assertTrue(signIns.contains("\">Signed in</td>"));
        assertFalse(signIns.contains("Account created"), "not a sign-in");
        browser.get("/account/activity?kind=security")
                .then()
                .statusCode(200)
                .body(containsString("Account created"))
                .body(not(containsString("\">Signed in</td>")));
        browser.get("/account/activity?kind=privacy")
                .then()
                .statusCode(200)
                .body(not(containsString("\">Signed in</td>")))
                .body(not(containsString("Account created")));
        for (String bad : List.of("nonsense", "SIGN_INS", "sign-ins%00")) {
            browser.get("/account/activity?kind=" + bad).then().statusCode(400);
        }
    }

    private static int rows(String page) {
        return page.split("<tr><td data-label=", -1).length - 1;
    }
}
