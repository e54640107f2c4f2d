package dev.custodian.journey;

import dev.custodian.testing.Accounts;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Creating an account and confirming its address, signing in, and choosing a new password, each
 * from the mail that arrives: at both sizes in English, and once through in French.
 */
@QuarkusTest
class SignUpJourneysTest extends Journeys {

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("visitors")
    void signsUpConfirmsTheAddressFromTheMailAndSignsIn(Viewport viewport, String language) {
        Journey person = journey(viewport, language);
        String email = Accounts.uniqueEmail();
        person.open("/")
                .at(person.say("Your account, on your terms", "Votre compte, selon vos règles"))
                .follow(person.say("Create an account", "Créer un compte"));
        person.at(person.say("Create your account", "Créer votre compte"))
                .fill(person.say("First name", "Prénom"), "Ada")
                .fill(person.say("Last name", "Nom"), "Lovelace")
                .fill(person.say("Email address", "Adresse e-mail"), email)
                .fill(person.say("Password", "Mot de passe"), Accounts.PASSWORD);
        person.locator("#country").selectOption("FR");
        person.locator("#adult").check();
        person.locator("#acceptPolicy").check();
        person.press(person.say("Create my account", "Créer mon compte"))
                .at(person.say("Check your inbox", "Consultez votre boîte de réception"));

        String link =
                mail(
                                email,
                                person.say(
                                        "Confirm your email address",
                                        "Confirmez votre adresse e-mail"))
                        .link("/verify-email");
        person.open(link)
                .at(person.say("Confirm your email address", "Confirmez votre adresse e-mail"))
                .press(person.say("Confirm my email address", "Confirmer mon adresse e-mail"));
        person.at(person.say("Sign in", "Connexion"))
                .sees(
                        person.say(
                                "Your email address is confirmed.",
                                "Votre adresse e-mail est confirmée."));
        person.signIn(email, Accounts.PASSWORD).at(person.say("Hello, Ada", "Bonjour, Ada"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("visitors")
    void choosesANewPasswordFromTheMailedLink(Viewport viewport, String language) {
        String email = verifiedAccount(language);
        Journey person = journey(viewport, language);
        person.open("/login")
                .at(person.say("Sign in", "Connexion"))
                .follow(person.say("Forgot your password?", "Mot de passe oublié ?"));
        person.at(person.say("Forgot your password?", "Mot de passe oublié ?"))
                .fill(person.say("Email address", "Adresse e-mail"), email)
                .press(person.say("Send me a link", "Envoyez-moi un lien"))
                .at(person.say("Check your inbox", "Consultez votre boîte de réception"));

        String link =
                mail(
                                email,
                                person.say(
                                        "Choose a new password",
                                        "Choisissez un nouveau mot de passe"))
                        .link("/password/reset");
        String newPassword = "amber kites circle the old lighthouse";
        person.open(link)
                .at(person.say("Choose a new password", "Choisissez un nouveau mot de passe"))
                .fill(person.say("New password", "Nouveau mot de passe"), newPassword)
                .press(person.say("Set my new password", "Enregistrer mon nouveau mot de passe"));
        person.at(person.say("Sign in", "Connexion"))
                .sees(
                        person.say(
                                "Your new password is set",
                                "Votre nouveau mot de passe est enregistré"));
        person.signIn(email, newPassword).at(person.say("Hello, Ada", "Bonjour, Ada"));
    }
}
