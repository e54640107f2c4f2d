package dev.custodian.journey;

import dev.custodian.product.ProductService;
import dev.custodian.testing.Accounts;
import dev.custodian.testing.Db;
import dev.custodian.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Leaving: closure refused while a product is open, the product ended, the account closed, and
 * reopened from the mailed link weeks later; at both sizes in English, and once through in French.
 */
@QuarkusTest
class ClosureJourneysTest extends Journeys {

    @Inject TestClock clock;

    @Inject ProductService products;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("visitors")
    void endsTheLastProductClosesTheAccountAndReopensIt(Viewport viewport, String language) {
        String email = verifiedAccount(language);
        UUID accountId = Db.account(email).map(account -> account.id).orElseThrow();
        products.add(accountId, "Web hosting", "Hosting");

        Journey person = journey(viewport, language).signIn(email, Accounts.PASSWORD);
        String closeAccount = person.say("Close account", "Fermer le compte");
        String closeYourAccount = person.say("Close your account", "Fermer votre compte");
        String productsAndServices = person.say("Products and services", "Produits et services");
        person.at(person.say("Hello, Ada", "Bonjour, Ada")).follow(closeAccount);
        person.at(closeYourAccount)
                .sees(
                        person.say(
                                "One product or service is still open",
                                "Un produit ou service est encore ouvert"));
        person.follow("Web hosting");
        person.at(productsAndServices).follow(person.say("End this product", "Arrêter ce produit"));
        person.at(person.say("End Web hosting?", "Arrêter Web hosting ?"))
                .press(person.say("End it", "L’arrêter"));
        person.at(productsAndServices)
                .sees(person.say("The product has ended.", "Le produit est arrêté."));

        person.open("/account").follow(closeAccount);
        person.at(closeYourAccount)
                .sees(person.say("What is kept, and why", "Ce qui est conservé, et pourquoi"))
                .press(person.say("Continue", "Continuer"));
        person.at(person.say("Close your account now?", "Fermer votre compte maintenant ?"))
                .press(person.say("Close my account", "Fermer mon compte"));
        String closed = person.say("Your account is closed", "Votre compte est fermé");
        person.at(closed);

        // weeks later, still within the 30 days the link works
        clock.advance(Duration.ofDays(29));
        String reopen = mail(email, closed).link("/reopen?token=");
        Journey later = journey(viewport, language);
        later.open(reopen)
                .at(later.say("Reopen your account", "Rouvrir votre compte"))
                .fill(later.say("Password", "Mot de passe"), Accounts.PASSWORD);
        later.press(later.say("Reopen my account", "Rouvrir mon compte"))
                .at(later.say("Sign in", "Connexion"))
                .sees(
                        later.say(
                                "Your account is open again.",
                                "Votre compte est de nouveau ouvert."));
        later.signIn(email, Accounts.PASSWORD).at(later.say("Hello, Ada", "Bonjour, Ada"));
    }
}
