package dev.custodian.journey;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import dev.custodian.testing.Accounts;
import dev.custodian.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Passkeys in a real browser, with Chromium's virtual authenticator (the DevTools protocol's
 * WebAuthn domain) standing for the device's screen lock: a passkey added, used to sign in (from
 * the email field's autofill) and to step up (with the button), then removed. Once through, on a
 * desktop in English, each page also checked on a phone-sized window (Journey#at): the ceremonies
 * are the browser's and do not change with the page's size or language.
 */
@QuarkusTest
class PasskeyJourneysTest extends Journeys {

    @Inject TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void addsAPasskeySignsInAndStepsUpWithItThenRemovesIt() {
        String email = verifiedAccount("en");
        Journey person = journey(Viewport.DESKTOP, "en");
        withVirtualAuthenticator(person);
        // right after the password, the account page offers a passkey
        person.signIn(email, Accounts.PASSWORD)
                .at("Hello, Ada")
                .sees("Sign in faster with a passkey")
                .press("Create a passkey");
        person.at("Add a passkey").fill("Name of the passkey", "Work laptop");
        person.press("Create the passkey");
        person.at("Security")
                .sees("Your passkey is added: you can sign in with it now.")
                .sees("Work laptop");

        // The virtual authenticator answers the email field's passkey autofill (conditional
        // mediation) at once, as a user picking the passkey the field offers: the sign-in page
        // signs in by itself. The button's ceremony is the step-up's, below.
        person.press("Sign out").at("You are signed out");
        person.open("/login");
        person.at("Hello, Ada");

        // past the step-up's ten minutes: removing it asks for a fresh proof, given with it too
        clock.advance(Duration.ofMinutes(11));
        person.open("/account/security").at("Security").press("Remove Work laptop");
        person.at("Confirm it is you").press("Use a passkey");
        person.at("Thank you").press("Continue");
        person.at("Security")
                .sees("The passkey is removed: it can no longer sign you in.")
                .sees("You have no passkey yet.");
    }

    /** A platform authenticator that verifies its user at once, as a fingerprint would. */
    private static void withVirtualAuthenticator(Journey person) {
        CDPSession devTools = person.page.context().newCDPSession(person.page);
        devTools.send("WebAuthn.enable");
        JsonObject options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        JsonObject authenticator = new JsonObject();
        authenticator.add("options", options);
        devTools.send("WebAuthn.addVirtualAuthenticator", authenticator);
    }
}
