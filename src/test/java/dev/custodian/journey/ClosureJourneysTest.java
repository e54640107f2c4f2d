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
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Leaving: closure refused while a product is open, the product ended, the account closed, and
 * reopened from the mailed link weeks later.
 */
@QuarkusTest
class ClosureJourneysTest extends Journeys {

    @Inject TestClock clock;

    @Inject ProductService products;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void endsTheLastProductClosesTheAccountAndReopensIt(Viewport viewport) {
        String email = verifiedAccount();
        UUID accountId = Db.account(email).map(account -> account.id).orElseThrow();
        products.add(accountId, "Web hosting", "Hosting");

        Journey person = journey(viewport).signIn(email, Accounts.PASSWORD);
        person.at("Hello, Ada").follow("Close account");
        person.at("Close your account").sees("One product or service is still open");
        person.follow("Web hosting");
        person.at("Products and services").follow("End this product");
        person.at("End Web hosting?").press("End it");
        person.at("Products and services").sees("The product has ended.");

        person.open("/account").follow("Close account");
        person.at("Close your account").sees("What is kept, and why").press("Continue");
        person.at("Close your account now?").press("Close my account");
        person.at("Your account is closed");

        // weeks later, still within the 30 days the link works
        clock.advance(Duration.ofDays(29));
        String reopen = mail(email, "Your account is closed").link("/reopen?token=");
        Journey later = journey(viewport);
        later.open(reopen).at("Reopen your account").fill("Password", Accounts.PASSWORD);
        later.press("Reopen my account").at("Sign in").sees("Your account is open again.");
        later.signIn(email, Accounts.PASSWORD).at("Hello, Ada");
    }
}
