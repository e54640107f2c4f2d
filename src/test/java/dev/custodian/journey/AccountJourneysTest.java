package dev.custodian.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.custodian.testing.Accounts;
import dev.custodian.testing.TestClock;
import dev.custodian.twofactor.TotpCodes;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Keeping one's details right and one's sign-in safe: profile, email, two-factor, sessions. */
@QuarkusTest
class AccountJourneysTest extends Journeys {

    @Inject TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void editsTheProfile(Viewport viewport) {
        Journey person = journey(viewport).signIn(verifiedAccount(), Accounts.PASSWORD);
        person.at("Hello, Ada").follow("Profile");
        person.at("Your profile")
                .fill("First name", "Augusta Ada")
                .fill("Company (optional)", "Analytical Engines Ltd");
        person.press("Save").at("Your profile").sees("Your changes are saved.");
        assertThat(person.locator("#company")).hasValue("Analytical Engines Ltd");
        person.follow("Photo").at("Your profile").sees("You have no photo yet");
        person.locator("#photo").setInputFiles(Path.of("src/test/resources/profile/photo.webp"));
        person.press("Upload the photo").at("Your profile").sees("Your photo is saved.");
        assertThat(person.locator("img.avatar--large")).isVisible();
        person.open("/account").at("Hello, Augusta Ada");
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void changesTheEmailAddressThenUndoesItFromTheOldAddress(Viewport viewport) {
        String email = verifiedAccount();
        String newEmail = Accounts.uniqueEmail();
        Journey person = journey(viewport).signIn(email, Accounts.PASSWORD);
        person.at("Hello, Ada").open("/account/profile").follow("Change it");
        person.at("Your profile")
                .sees("Change your email address")
                .fill("New email address", newEmail)
                .press("Send the confirmation link")
                .at("Your profile")
                .sees("a confirmation link is on its way");

        person.open(mail(newEmail, "Confirm your new email address").link("/email-change/confirm"))
                .at("Confirm your new email address")
                .press("Use this address");
        person.at("Your profile").sees("Your email address is changed.").sees(newEmail);

        person.open(mail(email, "Your email address was changed").link("/email-change/revert"))
                .at("Undo the email change")
                .press("Put my address back");
        person.at("Forgot your password?").sees("Your previous email address is back");
        person.open("/account").at("Sign in");
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void turnsOnTwoFactorThenSignsInWithACodeAndWithARecoveryCode(Viewport viewport) {
        clock.freeze();
        String email = verifiedAccount();
        Journey person = journey(viewport).signIn(email, Accounts.PASSWORD);
        person.at("Hello, Ada").follow("Security");
        person.at("Security").follow("Two-factor sign-in");
        person.at("Two-factor sign-in").press("Set up two-factor sign-in");
        person.at("Two-factor sign-in").sees("Scan this code with your authenticator app");
        String secret = person.locator("code.secret").getAttribute("data-key");
        person.fill("The 6-digit code your app shows", code(secret))
                .press("Turn on two-factor sign-in");
        person.at("Your recovery codes");
        List<String> recoveryCodes = person.locator("ul.codes code").allTextContents();
        person.follow("I have saved them")
                .at("Two-factor sign-in")
                .sees("Two-factor sign-in is on.");
        signOut(person);

        clock.advance(Duration.ofSeconds(30));
        person.signIn(email, Accounts.PASSWORD).at("Two-factor sign-in");
        person.fill("Code", code(secret)).press("Sign in").at("Hello, Ada");
        signOut(person);

        person.signIn(email, Accounts.PASSWORD).at("Two-factor sign-in");
        person.fill("Code", recoveryCodes.get(0)).press("Sign in").at("Hello, Ada");
        person.open("/account/security/two-factor").sees("You have 9 unused recovery codes.");
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void signsOutASessionOnAnotherDevice(Viewport viewport) {
        String email = verifiedAccount();
        Journey elsewhere = journey(viewport).signIn(email, Accounts.PASSWORD).at("Hello, Ada");
        Journey person = journey(viewport).signIn(email, Accounts.PASSWORD);
        person.at("Hello, Ada").follow("Security");
        person.at("Security").follow("Sessions and devices");
        person.at("Sessions and devices");
        Locator rows = person.locator("main tbody tr");
        assertThat(rows).hasCount(2);
        rows.filter(new Locator.FilterOptions().setHasNotText("this device"))
                .getByRole(com.microsoft.playwright.options.AriaRole.BUTTON)
                .click();
        person.at("Sessions and devices").sees("The session has been signed out.");
        assertThat(rows).hasCount(1);

        elsewhere.open("/account").at("Sign in");
    }

    /** The code an authenticator app shows now, on the application's clock. */
    private String code(String secret) {
        return TotpCodes.codeAt(secret, clock.instant().getEpochSecond() / 30);
    }

    private static void signOut(Journey person) {
        person.press("Sign out").at("You are signed out");
    }
}
