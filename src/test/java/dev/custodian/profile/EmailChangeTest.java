package dev.custodian.profile;

import static dev.custodian.testing.Accounts.PASSWORD;
import static dev.custodian.testing.Accounts.signIn;
import static dev.custodian.testing.Accounts.signUp;
import static dev.custodian.testing.Accounts.uniqueEmail;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.mail.MailDispatcher;
import dev.custodian.testing.Browser;
import dev.custodian.testing.Db;
import dev.custodian.testing.MailServer;
import dev.custodian.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Email change end to end, through the mails the two addresses receive. */
@QuarkusTest
class EmailChangeTest {

    @Inject MailDispatcher dispatcher;

    @Inject TestClock clock;

    @BeforeEach
    void start() {
        MailServer.start();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theNewAddressConfirmsTheOldOneIsToldAndCanPutItselfBack() {
        Browser browser = new Browser();
        String oldEmail = signUp(browser);
        signIn(browser, oldEmail, PASSWORD).then().statusCode(303);
        String newEmail = uniqueEmail();

        browser.submit("/account/email", "/account/email", Map.of("newEmail", newEmail))
                .then()
                .statusCode(303);
        browser.get("/account/email")
                .then()
                .body(containsString("We have sent a confirmation link to " + newEmail));
        signIn(new Browser(), oldEmail, PASSWORD).then().statusCode(303);
        dispatcher.dispatchDue();
        String confirm =
                MailServer.single(newEmail, "Confirm your new email address")
                        .link("/email-change/confirm?token=");

        browser.get(confirm).then().statusCode(200).body(containsString("Use this address"));
        assertEquals(
                oldEmail,
                Db.account(oldEmail).orElseThrow().email,
                "opening the link changes nothing");
        browser.submit(confirm, "/email-change/confirm", Map.of("token", token(confirm)))
                .then()
                .statusCode(303);

        assertTrue(Db.account(newEmail).isPresent());
        assertTrue(Db.account(oldEmail).isEmpty());
        signIn(new Browser(), newEmail, PASSWORD).then().statusCode(303);
        dispatcher.dispatchDue();
        String revert =
                MailServer.single(oldEmail, "Your email address was changed")
                        .link("/email-change/revert?token=");

        Browser old = new Browser();
        old.submit(revert, "/email-change/revert", Map.of("token", token(revert)))
                .then()
                .statusCode(303);

        assertTrue(Db.account(oldEmail).isPresent(), "the old address is back");
        browser.get("/account").then().statusCode(303);
        old.get(revert).then().statusCode(400);
    }

    @Test
    void anAddressThatIsTakenGetsTheSameAnswerAndNoMail() {
        String taken = signUp(new Browser());
        Browser browser = new Browser();
        String email = signUp(browser);
        signIn(browser, email, PASSWORD).then().statusCode(303);

        browser.submit("/account/email", "/account/email", Map.of("newEmail", taken))
                .then()
                .statusCode(303);
        String takenPage =
                browser.get("/account/email")
                        .then()
                        .body(containsString("If this address can be used"))
                        .extract()
                        .asString();
        String free = uniqueEmail();
        browser.submit("/account/email", "/account/email", Map.of("newEmail", free))
                .then()
                .statusCode(303);
        String freePage = browser.get("/account/email").asString();
        dispatcher.dispatchDue();

        assertTrue(
                MailServer.to(taken).stream()
                        .noneMatch(m -> m.subject().equals("Confirm your new email address")));
        // the page after a taken address reads as the page after a free one, but for the address
        assertTrue(takenPage.contains("We have sent a confirmation link to " + taken), takenPage);
        assertEquals(
                freePage.replace(free, "ADDRESS").replaceAll("csrf-token\" value=\"[^\"]+", ""),
                takenPage.replace(taken, "ADDRESS").replaceAll("csrf-token\" value=\"[^\"]+", ""));
    }

    @Test
    void anAccountCanAskForAFewChangesAnHourAndAnAddressIsMailedAFewTimesADay() {
        Browser browser = new Browser();
        String email = signUp(browser);
        signIn(browser, email, PASSWORD).then().statusCode(303);
        for (int i = 0; i < 5; i++) {
            browser.submit("/account/email", "/account/email", Map.of("newEmail", uniqueEmail()))
                    .then()
                    .statusCode(303);
        }
        browser.submit("/account/email", "/account/email", Map.of("newEmail", uniqueEmail()))
                .then()
                .statusCode(429);

        String stranger = uniqueEmail();
        for (int i = 0; i < 3; i++) {
            Browser other = new Browser();
            signIn(other, signUp(other), PASSWORD).then().statusCode(303);
            other.submit("/account/email", "/account/email", Map.of("newEmail", stranger))
                    .then()
                    .statusCode(303);
        }
        Browser fourth = new Browser();
        signIn(fourth, signUp(fourth), PASSWORD).then().statusCode(303);
        fourth.submit("/account/email", "/account/email", Map.of("newEmail", stranger))
                .then()
                .statusCode(429);
        dispatcher.dispatchDue();
        assertEquals(3, MailServer.to(stranger).size());
    }

    @Test
    void badAddressesAreRefusedWithAMessage() {
        Browser browser = new Browser();
        String email = signUp(browser);
        signIn(browser, email, PASSWORD).then().statusCode(303);

        browser.submit("/account/email", "/account/email", Map.of("newEmail", "not an email"))
                .then()
                .statusCode(422)
                .body(containsString("Enter an email address such as"))
                .body(containsString("value=\"not an email\""));
        browser.submit("/account/email", "/account/email", Map.of("newEmail", email.toUpperCase()))
                .then()
                .statusCode(422)
                .body(containsString("This is already your email address."));
    }

    @Test
    void aChangeTenMinutesAfterSignInAsksForThePasswordFirstAndKeepsTheTypedAddress() {
        Browser browser = new Browser();
        String email = signUp(browser);
        signIn(browser, email, PASSWORD).then().statusCode(303);
        clock.advance(Duration.ofMinutes(11));
        String newEmail = uniqueEmail();

        browser.submit("/account/email", "/account/email", Map.of("newEmail", newEmail))
                .then()
                .statusCode(200)
                .body(containsString("Confirm it is you"))
                .body(containsString("name=\"carry.newEmail\" value=\"" + newEmail + "\""));
        browser.submit(
                        "/account/email",
                        "/account/step-up",
                        Map.of(
                                "action",
                                "/account/email",
                                "password",
                                PASSWORD,
                                "carry.newEmail",
                                newEmail))
                .then()
                .statusCode(200)
                .body(containsString("name=\"newEmail\" value=\"" + newEmail + "\""));
        browser.submit("/account", "/account/email", Map.of("newEmail", newEmail))
                .then()
                .statusCode(303);

        dispatcher.dispatchDue();
        MailServer.single(newEmail, "Confirm your new email address");
    }

    private static String token(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }
}
