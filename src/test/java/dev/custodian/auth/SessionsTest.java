package dev.custodian.auth;

import static dev.custodian.testing.Accounts.PASSWORD;
import static dev.custodian.testing.Accounts.signIn;
import static dev.custodian.testing.Accounts.signUp;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.testing.Accounts;
import dev.custodian.testing.Browser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SessionsTest {

    private static final String PAGE = "/account/security/sessions";
    private static final String FIREFOX =
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    private static final String SAFARI =
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
                    + "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

    /** The end action of a row that is not marked "this device". */
    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);

    private static final Pattern END =
            Pattern.compile("action=\"(/account/security/sessions/[0-9a-f-]+/end)\"");

    @Test
    void listsEverySessionWithBrowserSystemAndThisDeviceFirst() {
        Browser laptop = new Browser().header("User-Agent", FIREFOX);
        String email = signUp(laptop);
        signIn(laptop, email, PASSWORD).then().statusCode(303);
        Browser phone = new Browser().header("User-Agent", SAFARI);
        signIn(phone, email, PASSWORD).then().statusCode(303);

        String page = laptop.get(PAGE).then().statusCode(200).extract().asString();

        assertTrue(
                page.contains("Firefox 128 · Ubuntu") || page.contains("Firefox 128 · Linux"),
                page);
        assertTrue(page.contains("Mobile Safari 17 · iOS"), page);
        assertTrue(page.contains("this device"), page);
        assertTrue(
                page.indexOf("this device") < page.indexOf("Mobile Safari"),
                "this device comes first");
        assertTrue(page.contains("127.0.0.1"));
    }

    @Test
    void endingASessionFromAnotherSignsThatBrowserOutAtOnce() {
        Browser laptop = new Browser().header("User-Agent", FIREFOX);
        String email = signUp(laptop);
        signIn(laptop, email, PASSWORD).then().statusCode(303);
        Browser phone = new Browser().header("User-Agent", SAFARI);
        signIn(phone, email, PASSWORD).then().statusCode(303);
        String endPhone = endFormOfOtherSession(laptop.get(PAGE).asString());

        laptop.submit(PAGE, endPhone, Map.of()).then().statusCode(303);

        phone.get("/account").then().statusCode(303).header("Location", containsString("/login"));
        laptop.get("/account").then().statusCode(200);
        laptop.get("/account/activity").then().body(containsString("A session was signed out"));
    }

    @Test
    void anotherAccountsSessionCannotBeEnded() {
        Browser victim = Accounts.signedInBrowser();
        String victimEnd = victimEndForm(victim);
        Browser attacker = Accounts.signedInBrowser();

        attacker.submit(PAGE, victimEnd, Map.of())
                .then()
                .statusCode(404)
                .body(containsString("Page not found"));

        victim.get("/account").then().statusCode(200);
        attacker.get(PAGE).then().body(not(containsString(victimEnd)));
    }

    @Test
    void signOutEverywhereElseKeepsOnlyThisSession() {
        Browser here = new Browser();
        String email = signUp(here);
        signIn(here, email, PASSWORD).then().statusCode(303);
        Browser there = new Browser();
        signIn(there, email, PASSWORD).then().statusCode(303);
        Browser elsewhere = new Browser();
        signIn(elsewhere, email, PASSWORD).then().statusCode(303);

        here.submit(PAGE, PAGE + "/end-others", Map.of()).then().statusCode(303);

        here.get("/account").then().statusCode(200);
        there.get("/account").then().statusCode(303);
        elsewhere.get("/account").then().statusCode(303);
    }

    private static String endFormOfOtherSession(String page) {
        Matcher rows = ROW.matcher(page);
        while (rows.find()) {
            Matcher end = END.matcher(rows.group(1));
            if (!rows.group(1).contains("this device") && end.find()) {
                return end.group(1);
            }
        }
        throw new AssertionError("no other session in " + page);
    }

    /** The victim's own session's end action, as their page shows it. */
    private static String victimEndForm(Browser victim) {
        Matcher matcher =
                Pattern.compile("action=\"(/account/security/sessions/[0-9a-f-]+/end)\"")
                        .matcher(victim.get(PAGE).asString());
        assertTrue(matcher.find());
        return matcher.group(1);
    }
}
