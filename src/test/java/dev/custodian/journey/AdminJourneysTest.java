package dev.custodian.journey;

import dev.custodian.testing.Accounts;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A visitor reports an underage account, and an admin goes through the back office; at both sizes
 * in English, and once through in French.
 */
@QuarkusTest
class AdminJourneysTest extends Journeys {

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("visitors")
    void aVisitorReportsAnUnderageAccountAndAnAdminHandlesIt(Viewport viewport, String language) {
        String reported = verifiedAccount(language);
        String details = "Says they are 15 on their profile " + System.nanoTime();
        Journey visitor = journey(viewport, language);
        visitor.open("/privacy").at(visitor.say("Privacy policy", "Politique de confidentialité"));
        visitor.follow(
                visitor.say(
                        "Report an account that may belong to someone under 18",
                        "Signaler un compte qui pourrait appartenir à une personne de moins de 18"
                                + " ans"));
        visitor.at(
                visitor.say(
                        "Report an account of someone under 18",
                        "Signaler le compte d’une personne de moins de 18 ans"));
        visitor.locator("#reported").fill(reported);
        visitor.locator("#details").fill(details);
        visitor.press(visitor.say("Send the report", "Envoyer le signalement"))
                .sees(
                        visitor.say(
                                "Your report has reached our team",
                                "Votre signalement a été transmis à notre équipe"));
        visitor.at(visitor.say("Your account, on your terms", "Votre compte, selon vos règles"));

        Journey admin = journey(viewport, language).signIn(admin(language), Accounts.PASSWORD);
        String reports = admin.say("Underage reports", "Signalements de mineurs");
        admin.at(admin.say("Hello", "Bonjour")).follow(admin.say("Admin", "Administration"));
        admin.at(admin.say("Admin", "Administration")).follow(reports);
        admin.at(reports).sees(details);
        admin.locator("main tbody tr")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(details))
                .getByRole(com.microsoft.playwright.options.AriaRole.BUTTON)
                .click();
        admin.at(reports);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("visitors")
    void anAdminFindsAnAccountAddsAProductAndOpensEachPage(Viewport viewport, String language) {
        String customer = verifiedAccount(language);
        Journey admin = journey(viewport, language).signIn(admin(language), Accounts.PASSWORD);
        String adminHome = admin.say("Admin", "Administration");
        admin.at(admin.say("Hello", "Bonjour")).follow(adminHome);
        admin.at(adminHome)
                .fill(
                        admin.say("Find an account by email", "Trouver un compte par e-mail"),
                        customer)
                .press(admin.say("Find", "Trouver"));
        admin.at("Ada Lovelace")
                .fill(admin.say("Name", "Nom"), "Mailbox")
                .fill(admin.say("Kind", "Type"), "Email");
        admin.press(admin.say("Add a product", "Ajouter un produit"))
                .at("Ada Lovelace")
                .sees(admin.say("Saved.", "Enregistré."))
                .sees("Mailbox");
        admin.follow(
                        admin.say(
                                "Disclosures of this account’s data",
                                "Communications des données de ce compte"))
                .at(admin.say("Disclosures", "Communications à des tiers"));

        opensFromTheAdminHome(admin, admin.say("Marketing campaigns", "Campagnes marketing"));
        opensFromTheAdminHome(
                admin,
                admin.say(
                        "Privacy policy versions", "Versions de la politique de confidentialité"));
        opensFromTheAdminHome(admin, admin.say("Page views", "Pages vues"));
        opensFromTheAdminHome(admin, admin.say("Undelivered mail", "E-mails non remis"));
    }

    private static void opensFromTheAdminHome(Journey admin, String page) {
        admin.open("/admin").follow(page);
        admin.at(page);
    }
}
