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
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeping one's details right and one's sign-in safe: profile, email, two-factor, sessions; at both
 * sizes in English, and once through in French.
 */
@QuarkusTest
class AccountJourneysTest extends Journeys {

    @Inject TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("visitors")
    void editsTheProfile(Viewport viewport, String language) {
        Journey person =
                journey(viewport, language).signIn(verifiedAccount(language), Accounts.PASSWORD);
        person.at(person.say("Hello, Ada", "Bonjour, Ada")).follow(person.say("Profile", "Profil"));
        person.at(person.say("Your profile", "Votre profil"))
                .fill(person.say("First name", "Prénom"), "Augusta Ada")
                .fill(
                        person.say("Company (optional)", "Société (facultatif)"),
                        "Analytical Engines Ltd");
        person.press(person.say("Save", "Enregistrer"))
                .at(person.say("Your profile", "Votre profil"))
                .sees(
                        person.say(
                                "Your changes are saved.", "Vos modifications sont enregistrées."));
        assertThat(person.locator("#company")).hasValue("Analytical Engines Ltd");
        person.follow("Photo")
                .at(person.say("Your profile", "Votre profil"))
                .sees(person.say("You have no photo yet", "Vous n’avez pas encore de photo"));
        person.locator("#photo").setInputFiles(Path.of("src/test/resources/profile/photo.webp"));
        person.press(person.say("Upload the photo", "Envoyer la photo"))
                .at(person.say("Your profile", "Votre profil"))
                .sees(person.say("Your photo is saved.", "Votre photo est enregistrée."));
        assertThat(person.locator("img.avatar--large")).isVisible();
        person.open("/account").at(person.say("Hello, Augusta Ada", "Bonjour, Augusta Ada"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("visitors")
    void changesTheEmailAddressThenUndoesItFromTheOldAddress(Viewport viewport, String language) {
        String email = verifiedAccount(language);
        String newEmail = Accounts.uniqueEmail();
        Journey person = journey(viewport, language).signIn(email, Accounts.PASSWORD);
        person.at(person.say("Hello, Ada", "Bonjour, Ada"))
                .open("/account/profile")
                .follow(person.say("Change it", "Le changer"));
        person.at(person.say("Your profile", "Votre profil"))
                .sees(person.say("Change your email address", "Changer votre adresse e-mail"))
                .fill(person.say("New email address", "Nouvelle adresse e-mail"), newEmail)
                .press(person.say("Send the confirmation link", "Envoyer le lien de confirmation"))
                .at(person.say("Your profile", "Votre profil"))
                .sees(
                        person.say(
                                "a confirmation link is on its way",
                                "un lien de confirmation lui a été envoyé"));

        String confirmNewEmail =
                person.say(
                        "Confirm your new email address",
                        "Confirmez votre nouvelle adresse e-mail");
        person.open(mail(newEmail, confirmNewEmail).link("/email-change/confirm"))
                .at(confirmNewEmail)
                .press(person.say("Use this address", "Utiliser cette adresse"));
        person.at(person.say("Your profile", "Votre profil"))
                .sees(
                        person.say(
                                "Your email address is changed.",
                                "Votre adresse e-mail est changée."))
                .sees(newEmail);

        String changed =
                person.say("Your email address was changed", "Votre adresse e-mail a été changée");
        person.open(mail(email, changed).link("/email-change/revert"))
                .at(person.say("Undo the email change", "Annuler le changement d’adresse"))
                .press(person.say("Put my address back", "Rétablir mon adresse"));
        person.at(person.say("Forgot your password?", "Mot de passe oublié ?"))
                .sees(
                        person.say(
                                "Your previous email address is back",
                                "Votre ancienne adresse e-mail est rétablie"));
        person.open("/account").at(person.say("Sign in", "Connexion"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("visitors")
    void turnsOnTwoFactorThenSignsInWithACodeAndWithARecoveryCode(
            Viewport viewport, String language) {
        clock.freeze();
        String email = verifiedAccount(language);
        Journey person = journey(viewport, language).signIn(email, Accounts.PASSWORD);
        String twoFactor = person.say("Two-factor sign-in", "Connexion à deux facteurs");
        person.at(person.say("Hello, Ada", "Bonjour, Ada"))
                .follow(person.say("Security", "Sécurité"));
        person.at(person.say("Security", "Sécurité")).follow(twoFactor);
        person.at(twoFactor)
                .press(
                        person.say(
                                "Set up two-factor sign-in",
                                "Configurer la connexion à deux facteurs"));
        person.at(twoFactor)
                .sees(
                        person.say(
                                "Scan this code with your authenticator app",
                                "Scannez ce code avec votre application d’authentification"));
        String secret = person.locator("code.secret").getAttribute("data-key");
        person.fill(
                        person.say(
                                "The 6-digit code your app shows",
                                "Le code à 6 chiffres affiché par votre application"),
                        code(secret))
                .press(
                        person.say(
                                "Turn on two-factor sign-in",
                                "Activer la connexion à deux facteurs"));
        person.at(person.say("Your recovery codes", "Vos codes de secours"));
        List<String> recoveryCodes = person.locator("ul.codes code").allTextContents();
        person.follow(person.say("I have saved them", "Je les ai enregistrés"))
                .at(twoFactor)
                .sees(
                        person.say(
                                "Two-factor sign-in is on.",
                                "La connexion à deux facteurs est activée."));
        signOut(person);

        clock.advance(Duration.ofSeconds(30));
        person.signIn(email, Accounts.PASSWORD).at(twoFactor);
        signInWithCode(person, code(secret));
        signOut(person);

        person.signIn(email, Accounts.PASSWORD).at(twoFactor);
        signInWithCode(person, recoveryCodes.get(0));
        person.open("/account/security/two-factor")
                .sees(
                        person.say(
                                "You have 9 unused recovery codes.",
                                "Il vous reste 9 codes de secours inutilisés."));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("visitors")
    void signsOutASessionOnAnotherDevice(Viewport viewport, String language) {
        String email = verifiedAccount(language);
        Journey elsewhere = journey(viewport, language).signIn(email, Accounts.PASSWORD);
        elsewhere.at(elsewhere.say("Hello, Ada", "Bonjour, Ada"));
        Journey person = journey(viewport, language).signIn(email, Accounts.PASSWORD);
        String sessions = person.say("Sessions and devices", "Sessions et appareils");
        person.at(person.say("Hello, Ada", "Bonjour, Ada"))
                .follow(person.say("Security", "Sécurité"));
        person.at(person.say("Security", "Sécurité")).follow(sessions);
        person.at(sessions);
        Locator rows = person.locator("main tbody tr");
        assertThat(rows).hasCount(2);
        rows.filter(
                        new Locator.FilterOptions()
                                .setHasNotText(person.say("this device", "cet appareil")))
                .getByRole(com.microsoft.playwright.options.AriaRole.BUTTON)
                .click();
        person.at(sessions)
                .sees(person.say("The session has been signed out.", "La session a été fermée."));
        assertThat(rows).hasCount(1);

        elsewhere.open("/account").at(elsewhere.say("Sign in", "Connexion"));
    }

    /** The code an authenticator app shows now, on the application's clock. */
    private String code(String secret) {
        return TotpCodes.codeAt(secret, clock.instant().getEpochSecond() / 30);
    }

    private static void signInWithCode(Journey person, String code) {
        person.fill("Code", code)
                .press(person.say("Sign in", "Se connecter"))
                .at(person.say("Hello, Ada", "Bonjour, Ada"));
    }

    private static void signOut(Journey person) {
        person.press(person.say("Sign out", "Se déconnecter"))
                .at(person.say("You are signed out", "Vous êtes déconnecté"));
    }
}
