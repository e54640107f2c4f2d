package dev.custodian.journey;

import dev.custodian.testing.Accounts;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A visitor reports an underage account, and an admin goes through the back office. */
@QuarkusTest
class AdminJourneysTest extends Journeys {

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void aVisitorReportsAnUnderageAccountAndAnAdminHandlesIt(Viewport viewport) {
        String reported = verifiedAccount();
        String details = "Says they are 15 on their profile " + System.nanoTime();
        Journey visitor = journey(viewport);
        visitor.open("/privacy").at("Privacy policy");
        visitor.follow("Report an account that may belong to someone under 18");
        visitor.at("Report an account of someone under 18");
        visitor.locator("#reported").fill(reported);
        visitor.locator("#details").fill(details);
        visitor.press("Send the report").sees("Your report has reached our team");
        visitor.at("Your account, on your terms");

        Journey admin = journey(viewport).signIn(admin(), Accounts.PASSWORD);
        admin.at("Hello").follow("Admin");
        admin.at("Admin").follow("Underage reports");
        admin.at("Underage reports").sees(details);
        admin.locator("main tbody tr")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(details))
                .getByRole(com.microsoft.playwright.options.AriaRole.BUTTON)
                .click();
        admin.at("Underage reports");
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void anAdminFindsAnAccountAddsAProductAndOpensEachPage(Viewport viewport) {
        String customer = verifiedAccount();
        Journey admin = journey(viewport).signIn(admin(), Accounts.PASSWORD);
        admin.at("Hello").follow("Admin");
        admin.at("Admin").fill("Find an account by email", customer).press("Find");
        admin.at("Ada Lovelace").fill("Name", "Mailbox").fill("Kind", "Email");
        admin.press("Add a product").at("Ada Lovelace").sees("Saved.").sees("Mailbox");
        admin.follow("Disclosures of this account’s data").at("Disclosures");

        admin.open("/admin").at("Admin").follow("Marketing campaigns");
        admin.at("Marketing campaigns");
        admin.open("/admin").follow("Privacy policy versions");
        admin.at("Privacy policy versions");
        admin.open("/admin").follow("Page views");
        admin.at("Page views");
        admin.open("/admin").follow("Undelivered mail");
        admin.at("Undelivered mail");
    }
}
