package dev.custodian.account;

import static dev.custodian.testing.Accounts.PASSWORD;
import static dev.custodian.testing.Accounts.signIn;
import static dev.custodian.testing.Accounts.signUp;
import static dev.custodian.testing.Accounts.signupForm;
import static dev.custodian.testing.Accounts.uniqueEmail;
import static dev.custodian.testing.Browser.redirectsTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.mail.MailDispatcher;
import dev.custodian.mail.OutboxMail;
import dev.custodian.testing.Accounts;
import dev.custodian.testing.Browser;
import dev.custodian.testing.Db;
import dev.custodian.testing.MailServer;
import dev.custodian.testing.MailServer.Received;
import dev.custodian.testing.TestClock;
import dev.custodian.testing.TestPorts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Account emails end to end: each arrives through real SMTP and the test follows its link. */
@QuarkusTest
class AccountMailTest {

    private static final String VERIFY_SUBJECT = "Confirm your email address";
    private static final String RESET_SUBJECT = "Choose a new password";

    @Inject MailDispatcher dispatcher;

    @Inject TestClock clock;

    @Inject UnverifiedAccountCleanup cleanup;

    @BeforeEach
    void startMailServer() {
        MailServer.start();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void signUpSendsAVerificationMailWhoseLinkConfirmsTheAddressOnce() {
        Browser browser = new Browser();
        String email = signUp(browser);
        dispatcher.dispatchDue();

        Received mail = MailServer.single(email, VERIFY_SUBJECT);
        assertEquals(
                "verifyEmail",
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        OutboxMail.<OutboxMail>find("recipient", email)
                                                .firstResult()
                                                .kind));
        assertTrue(mail.text().contains("Hello Ada,"), mail.text());
        assertTrue(mail.html().contains("Hello Ada,"), mail.html());
        assertTrue(
                mail.text().contains("cannot be turned off"),
                "the footer says why this mail comes");
        String link = mail.link("/verify-email?token=");

        browser.get(link).then().statusCode(200).body(containsString("Confirm my email address"));
        assertNull(
                Db.account(email).orElseThrow().emailVerifiedAt,
                "opening the link alone changes nothing");
        browser.submit(link, "/verify-email", Map.of("token", token(link)))
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/login"));

        assertNotNull(Db.account(email).orElseThrow().emailVerifiedAt);
        browser.get(link).then().statusCode(400).body(containsString("This link cannot be used"));
    }

    @Test
    void aFrenchSignUpGetsItsMailInFrench() {
        Browser browser = new Browser().header("Accept-Language", "fr");
        String email = signUp(browser);
        dispatcher.dispatchDue();

        Received mail = MailServer.single(email, "Confirmez votre adresse e-mail");
        assertTrue(mail.text().contains("Bonjour Ada,"), mail.text());
        assertTrue(mail.html().contains("Bonjour Ada,"), mail.html());
    }

    @Test
    void signingUpWithATakenAddressTellsTheOwnerAndNobodyElse() {
        String email = signUp(new Browser());
        Map<String, String> again = signupForm(email);
        again.put("firstName", "Mallory");

        Accounts.signUp(new Browser(), again)
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/signup/done"));
        dispatcher.dispatchDue();

        Received mail = MailServer.single(email, "You already have an account");
        assertTrue(mail.text().contains("Hello Ada,"), "it greets the owner, not the visitor");
        assertTrue(mail.text().contains(TestPorts.BASE_URL + "/password/forgot"), mail.text());
        assertEquals(
                1,
                MailServer.to(email).stream()
                        .filter(m -> m.subject().equals(VERIFY_SUBJECT))
                        .count());
    }

    @Test
    void aVerificationLinkRefusesTamperingExpiryAndAnotherSignedInAccount() {
        Browser owner = new Browser();
        String email = signUp(owner);
        dispatcher.dispatchDue();
        String link = MailServer.single(email, VERIFY_SUBJECT).link("/verify-email?token=");

        owner.get(link.substring(0, link.length() - 2) + "xy")
                .then()
                .statusCode(400)
                .body(containsString("This link cannot be used"));
        Browser other = Accounts.signedInBrowser();
        other.submit("/account", "/verify-email", Map.of("token", token(link)))
                .then()
                .statusCode(400)
                .body(containsString("belongs to another account"));
        assertNull(Db.account(email).orElseThrow().emailVerifiedAt);

        clock.advance(Duration.ofHours(25));
        owner.get(link).then().statusCode(400).body(containsString("expired"));
        owner.submit("/signup", "/verify-email", Map.of("token", token(link)))
                .then()
                .statusCode(400);
        assertNull(Db.account(email).orElseThrow().emailVerifiedAt);
    }

    @Test
    void anUnverifiedUserSeesABannerAndCanAskForANewLinkThatReplacesTheOld() {
        Browser browser = new Browser();
        String email = signUp(browser);
        signIn(browser, email, PASSWORD).then().statusCode(303);
        dispatcher.dispatchDue();
        String first = MailServer.single(email, VERIFY_SUBJECT).link("/verify-email?token=");

        browser.get("/account").then().body(containsString("Please confirm your email address"));
        // the page of the link itself offers no new link, which would void this one
        browser.get(first)
                .then()
                .statusCode(200)
                .body(not(containsString("Please confirm your email address")))
                .body(not(containsString("/verify-email/resend")));
        browser.submit("/account", "/verify-email/resend", Map.of()).then().statusCode(303);
        dispatcher.dispatchDue();

        assertEquals(
                2,
                MailServer.to(email).stream()
                        .filter(m -> m.subject().equals(VERIFY_SUBJECT))
                        .count());
        browser.get(first).then().statusCode(400);
        String second =
                MailServer.to(email).stream()
                        .filter(m -> m.subject().equals(VERIFY_SUBJECT))
                        .map(m -> m.link("/verify-email?token="))
                        .filter(l -> !l.equals(first))
                        .findFirst()
                        .orElseThrow();
        browser.submit(second, "/verify-email", Map.of("token", token(second)))
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/account"));
        browser.get("/account")
                .then()
                .body(containsString("Your email address is confirmed"))
                .body(not(containsString("Please confirm your email address")));
    }

    @Test
    void aResetKeepsTheBrowsersLanguageAndCookieAnswerAndConfirmsTheChangeInThatLanguage() {
        String email = signUp(new Browser());
        Browser browser = new Browser();
        browser.setCookie("custodian_lang", "fr");
        browser.setCookie("custodian_analytics", "refused");
        browser.submit("/password/forgot", "/password/forgot", Map.of("email", email))
                .then()
                .statusCode(303);
        dispatcher.dispatchDue();
        String link = MailServer.single(email, RESET_SUBJECT).link("/password/reset?token=");

        io.restassured.response.Response reset =
                browser.submit(
                        link,
                        "/password/reset",
                        Map.of(
                                "token",
                                token(link),
                                "password",
                                "seven silver otters juggle marmalade"));

        reset.then().statusCode(303).header("Clear-Site-Data", not(containsString("cookies")));
        assertEquals("fr", browser.cookie("custodian_lang"));
        assertEquals("refused", browser.cookie("custodian_analytics"));
        browser.get("/login")
                .then()
                .statusCode(200)
                .body(containsString("Votre nouveau mot de passe est enregistré"))
                .body(not(containsString("class=\"cookie-banner\"")));
    }

    @Test
    void aForgottenPasswordIsResetThroughTheMailedLinkAndEverySessionEnds() {
        Browser signedIn = new Browser();
        String email = signUp(signedIn);
        signIn(signedIn, email, PASSWORD).then().statusCode(303);
        Browser browser = new Browser();
        browser.get("/login").then().body(containsString("href=\"/password/forgot\""));

        browser.submit("/password/forgot", "/password/forgot", Map.of("email", email.toUpperCase()))
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/password/sent"));
        dispatcher.dispatchDue();
        String link = MailServer.single(email, RESET_SUBJECT).link("/password/reset?token=");

        browser.get(link).then().statusCode(200).body(containsString("Choose a new password"));
        browser.submit(link, "/password/reset", Map.of("token", token(link), "password", "short"))
                .then()
                .statusCode(422)
                .body(containsString("Use at least 15 characters"));
        String newPassword = "seven silver otters juggle marmalade";
        browser.submit(
                        link,
                        "/password/reset",
                        Map.of("token", token(link), "password", newPassword))
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/login"));

        signedIn.get("/account").then().statusCode(303);
        signIn(new Browser(), email, PASSWORD).then().statusCode(401);
        signIn(new Browser(), email, newPassword).then().statusCode(303);
        browser.get(link).then().statusCode(400);
        dispatcher.dispatchDue();
        Received notice = MailServer.single(email, "Your password was reset");
        assertTrue(notice.text().contains("every session was signed out"), notice.text());
    }

    @Test
    void forgotPasswordAnswersTheSameForAnUnknownAddressAndSendsNothing() {
        String unknown = uniqueEmail();
        Browser browser = new Browser();

        browser.submit("/password/forgot", "/password/forgot", Map.of("email", unknown))
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/password/sent"));
        dispatcher.dispatchDue();

        browser.get("/password/sent")
                .then()
                .body(containsString("If an account uses this address"));
        assertTrue(MailServer.to(unknown).isEmpty());
    }

    @Test
    void aResetLinkExpiresAfterAnHourAndCannotBeUsedByAnotherSignedInAccount() {
        String email = signUp(new Browser());
        new Browser().submit("/password/forgot", "/password/forgot", Map.of("email", email));
        dispatcher.dispatchDue();
        String link = MailServer.single(email, RESET_SUBJECT).link("/password/reset?token=");
        String hashBefore = Db.account(email).orElseThrow().passwordHash;

        Browser other = Accounts.signedInBrowser();
        other.get(link).then().statusCode(400).body(containsString("belongs to another account"));
        other.submit(
                        "/account",
                        "/password/reset",
                        Map.of(
                                "token",
                                token(link),
                                "password",
                                "seven silver otters juggle marmalade"))
                .then()
                .statusCode(400);
        clock.advance(Duration.ofMinutes(61));
        new Browser().get(link).then().statusCode(400).body(containsString("one hour"));

        assertEquals(hashBefore, Db.account(email).orElseThrow().passwordHash);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneSendsANoticeAndCanEndOtherSessions() {
        Browser here = new Browser();
        String email = signUp(here);
        signIn(here, email, PASSWORD).then().statusCode(303);
        Browser elsewhere = new Browser();
        signIn(elsewhere, email, PASSWORD).then().statusCode(303);
        String newPassword = "seven silver otters juggle marmalade";

        here.submit(
                        "/account/security",
                        "/account/security/password",
                        Map.of(
                                "currentPassword",
                                "wrong one",
                                "newPassword",
                                newPassword,
                                "endOtherSessions",
                                "on"))
                .then()
                .statusCode(422)
                .body(containsString("This is not your current password."))
                .body(not(containsString(newPassword)));
        elsewhere.get("/account").then().statusCode(200);

        here.submit(
                        "/account/security",
                        "/account/security/password",
                        Map.of(
                                "currentPassword",
                                PASSWORD,
                                "newPassword",
                                newPassword,
                                "endOtherSessions",
                                "on"))
                .then()
                .statusCode(303);

        here.get("/account/security")
                .then()
                .statusCode(200)
                .body(containsString("Your password has been changed"));
        elsewhere.get("/account").then().statusCode(303);
        signIn(new Browser(), email, newPassword).then().statusCode(303);
        dispatcher.dispatchDue();
        MailServer.single(email, "Your password was changed");
    }

    @Test
    void aSignInFromABrowserNotSeenBeforeSendsANotice() {
        String email = signUp(new Browser());
        signIn(new Browser().header("User-Agent", "Firefox on Linux"), email, PASSWORD)
                .then()
                .statusCode(303);
        signIn(new Browser().header("User-Agent", "Firefox on Linux"), email, PASSWORD)
                .then()
                .statusCode(303);
        dispatcher.dispatchDue();
        assertTrue(
                MailServer.to(email).stream()
                        .noneMatch(m -> m.subject().equals("New sign-in to your account")));

        signIn(new Browser().header("User-Agent", "Safari on iPhone"), email, PASSWORD)
                .then()
                .statusCode(303);
        dispatcher.dispatchDue();

        Received notice = MailServer.single(email, "New sign-in to your account");
        assertTrue(notice.text().contains("Safari on iPhone"), notice.text());
    }

    @Test
    void aClientWithoutUserAgentIsOneDeviceNotANewOneAtEachSignIn() {
        String email = signUp(new Browser());
        signIn(new Browser().header("User-Agent", "Firefox on Linux"), email, PASSWORD)
                .then()
                .statusCode(303);
        signIn(new Browser().header("User-Agent", ""), email, PASSWORD).then().statusCode(303);
        signIn(new Browser().header("User-Agent", ""), email, PASSWORD).then().statusCode(303);
        dispatcher.dispatchDue();

        MailServer.single(email, "New sign-in to your account");
    }

    @Test
    void unverifiedSignUpsAreDeletedAfterSevenDaysAndVerifiedOnesStay() {
        Browser browser = new Browser();
        String unverified = signUp(browser);
        String verified = signUp(browser);
        dispatcher.dispatchDue();
        String link = MailServer.single(verified, VERIFY_SUBJECT).link("/verify-email?token=");
        browser.submit(link, "/verify-email", Map.of("token", token(link))).then().statusCode(303);

        clock.advance(Duration.ofDays(6));
        cleanup.deleteExpired();
        assertTrue(Db.account(unverified).isPresent(), "six days is not yet seven");

        clock.advance(Duration.ofDays(2));
        cleanup.deleteExpired();

        assertTrue(Db.account(unverified).isEmpty());
        assertTrue(Db.account(verified).isPresent());
        signUp(new Browser(), signupForm(unverified)).then().statusCode(303);
        assertTrue(Db.account(unverified).isPresent(), "the address is free again");
    }

    private static String token(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }
}
