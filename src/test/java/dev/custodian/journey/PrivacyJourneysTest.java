package dev.custodian.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import dev.custodian.communication.CampaignSender;
import dev.custodian.export.ExportJob;
import dev.custodian.manifest.Manifest;
import dev.custodian.manifest.Text;
import dev.custodian.privacy.PolicyPublishing;
import dev.custodian.testing.Accounts;
import dev.custodian.testing.Campaigns;
import dev.custodian.testing.Db;
import dev.custodian.testing.TestClock;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The choices a person makes about their data: the dashboard, emails and unsubscribing, who sees
 * their profile, analytics and Global Privacy Control, a new policy, and a copy of their data; at
 * both sizes in English, and once through in French.
 */
@QuarkusTest
class PrivacyJourneysTest extends Journeys {

    @Inject TestClock clock;

    @Inject CampaignSender campaigns;

    @Inject ExportJob exports;

    @Inject PolicyPublishing publishing;

    /** Policy versions a journey published, deleted after it. */
    private final List<String> published = new ArrayList<>();

    @AfterEach
    void forget() {
        clock.reset();
        published.forEach(PrivacyJourneysTest::deletePolicyVersion);
        published.clear();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("visitors")
    void readsTheDashboard(Viewport viewport, String language) {
        Journey person =
                journey(viewport, language).signIn(verifiedAccount(language), Accounts.PASSWORD);
        person.at(person.say("Hello, Ada", "Bonjour, Ada"))
                .sees(person.say("What we hold about you", "Ce que nous conservons sur vous"))
                .sees(person.say("Where it is stored", "Où elles sont stockées"))
                .sees(person.say("Who receives it", "Qui les reçoit"));
        person.follow(person.say("Activity", "Activité"))
                .at(person.say("Account activity", "Activité du compte"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("visitors")
    void subscribesThenUnsubscribesFromTheLinkInACampaignMail(Viewport viewport, String language) {
        // only this journey's reader gets its campaign, whatever earlier tests subscribed
        Db.inTransaction(
                () ->
                        Panache.getEntityManager()
                                .createNativeQuery(
                                        "UPDATE communication_preference SET subscribed = false WHERE category = 'announcements'")
                                .executeUpdate());
        String email = verifiedAccount(language);
        Journey reader = journey(viewport, language).signIn(email, Accounts.PASSWORD);
        String emailsYouReceive = reader.say("Emails you receive", "Les e-mails que vous recevez");
        reader.at(reader.say("Hello, Ada", "Bonjour, Ada")).follow("Communications");
        reader.at(emailsYouReceive).locator("#marketing-announcements").check();
        reader.press(reader.say("Save my choices", "Enregistrer mes choix"))
                .at(emailsYouReceive)
                .sees(reader.say("Your choices are saved.", "Vos choix sont enregistrés."));

        // a campaign goes to the subscribers who read its language: the reader's
        Journey admin = journey(viewport, language).signIn(admin(language), Accounts.PASSWORD);
        String subject =
                admin.say("Our new backup service ", "Notre nouveau service de sauvegarde ")
                        + System.nanoTime();
        admin.at(admin.say("Hello", "Bonjour"))
                .open("/admin/campaigns")
                .at(admin.say("Marketing campaigns", "Campagnes marketing"));
        admin.locator("#category").selectOption("announcements");
        admin.locator("#language").selectOption(language);
        admin.fill(admin.say("Subject", "Objet"), subject);
        admin.locator("#body")
                .fill(
                        admin.say(
                                "Backups every hour.\n\nFrom today.",
                                "Une sauvegarde par heure.\n\nDès aujourd’hui."));
        admin.press(admin.say("Save and preview", "Enregistrer et prévisualiser"))
                .at(subject)
                .sees(admin.say("One subscriber will receive it.", "Un abonné la recevra."));
        admin.locator("#confirmed").check();
        admin.press(admin.say("Send", "Envoyer")).at(subject);
        Campaigns.queued(campaigns, subject);

        String link = mail(email, subject).link("/unsubscribe/");
        Journey fromMail = journey(viewport, language);
        fromMail.open(link)
                .at(fromMail.say("Unsubscribe", "Se désabonner"))
                .press(
                        fromMail.say(
                                "Unsubscribe from “Product announcements”",
                                "Me désabonner de « Annonces de produits »"));
        fromMail.at(fromMail.say("You are unsubscribed", "Vous êtes désabonné"));
        reader.open("/account/communications").at(emailsYouReceive);
        assertThat(reader.locator("#marketing-announcements")).not().isChecked();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("visitors")
    void makesTheHeadlinePublicAndIsFoundByMembers(Viewport viewport, String language) {
        String handle = "ada-" + Long.toString(System.nanoTime(), 36);
        Journey person =
                journey(viewport, language).signIn(verifiedAccount(language), Accounts.PASSWORD);
        String headline = person.say("Poet of numbers ", "Poétesse des nombres ") + handle;
        String yourProfile = person.say("Your profile", "Votre profil");
        String whoSees = person.say("Who sees your profile", "Qui voit votre profil");
        person.at(person.say("Hello, Ada", "Bonjour, Ada"))
                .open("/account/profile/professional")
                .at(yourProfile);
        person.fill(
                        person.say(
                                "Profile handle (optional)", "Identifiant de profil (facultatif)"),
                        handle)
                .fill(person.say("Headline (optional)", "Titre (facultatif)"), headline);
        person.press(person.say("Save", "Enregistrer"))
                .at(yourProfile)
                .sees(
                        person.say(
                                "Your changes are saved.", "Vos modifications sont enregistrées."));
        person.open("/account").follow(person.say("Visibility", "Visibilité"));
        person.at(whoSees).locator("input[name=headline][value=PUBLIC]").check();
        person.locator("input[name=name][value=PUBLIC]").check();
        person.press(person.say("Save", "Enregistrer"))
                .at(whoSees)
                .sees(person.say("Your choices are saved.", "Vos choix sont enregistrés."));

        Journey anyone = journey(viewport, language);
        anyone.open("/p/" + handle).at("Ada Lovelace").sees(headline);

        Journey member =
                journey(viewport, language).signIn(verifiedAccount(language), Accounts.PASSWORD);
        String people = member.say("People", "Membres");
        member.at(member.say("Hello, Ada", "Bonjour, Ada")).follow(people);
        member.at(people)
                .fill(
                        member.say(
                                "Name, headline, company or city",
                                "Nom, titre, entreprise ou ville"),
                        handle)
                .press(member.say("Search", "Rechercher"));
        member.at(people)
                .sees(member.say("One member matches.", "Un membre correspond."))
                .follow("Ada Lovelace");
        member.at("Ada Lovelace").sees(headline);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("visitors")
    void answersTheCookieQuestionAndHasGlobalPrivacyControlHonoured(
            Viewport viewport, String language) {
        Journey visitor = journey(viewport, language);
        String home = visitor.say("Your account, on your terms", "Votre compte, selon vos règles");
        String privacyPolicy = visitor.say("Privacy policy", "Politique de confidentialité");
        visitor.open("/").at(home);
        assertThat(visitor.locator(".cookie-banner")).isVisible();
        visitor.press(visitor.say("Refuse", "Refuser"))
                .at(home)
                .sees(
                        visitor.say(
                                "Your cookie choice is saved.",
                                "Votre choix concernant les cookies est enregistré."));
        assertThat(visitor.locator(".cookie-banner")).hasCount(0);
        visitor.open("/privacy")
                .at(privacyPolicy)
                .sees(
                        visitor.say(
                                "you refused analytics", "vous avez refusé la mesure d’audience"));

        Journey signalled = journey(viewport, language, Map.of("Sec-GPC", "1"));
        signalled.open("/").at(home);
        assertThat(signalled.locator(".cookie-banner")).hasCount(0);
        signalled
                .signIn(verifiedAccount(language), Accounts.PASSWORD)
                .at(signalled.say("Hello, Ada", "Bonjour, Ada"));
        signalled
                .open("/privacy")
                .at(privacyPolicy)
                .sees(
                        signalled.say(
                                "Opt-out preference signal honoured.",
                                "Signal de refus de votre navigateur respecté."));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("visitors")
    void acceptsAPolicyThatReducesRightsBeforeGoingOn(Viewport viewport, String language) {
        String email = verifiedAccount(language);
        // a century ahead, frozen: the version applies to this journey only
        clock.advance(Duration.ofDays(36_500));
        clock.freeze();
        String label = "J" + Long.toString(System.nanoTime(), 36);
        published.add(label);
        publishing.store(
                List.of(
                        new Manifest.PolicyVersion(
                                label,
                                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString(),
                                true,
                                new Text(Map.of("en", "We keep more.", "fr", "Nous gardons plus.")),
                                new Text(
                                        Map.of(
                                                "en", "# Less\n\nWe keep more.",
                                                "fr", "# Moins\n\nNous gardons plus.")),
                                null)));

        Journey person = journey(viewport, language).signIn(email, Accounts.PASSWORD);
        String changed =
                person.say(
                        "Our privacy policy has changed",
                        "Notre politique de confidentialité a changé");
        person.at(changed).follow(person.say("See what changed", "Voir ce qui a changé"));
        person.at(label).sees(person.say("We keep more.", "Nous gardons plus."));
        person.page.goBack();
        person.at(changed)
                .press(
                        person.say(
                                "I accept this privacy policy",
                                "J’accepte cette politique de confidentialité"));
        person.at(person.say("Hello, Ada", "Bonjour, Ada"))
                .sees(
                        person.say(
                                "you have accepted the new privacy policy",
                                "vous avez accepté la nouvelle politique de confidentialité"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("visitors")
    void downloadsACopyOfTheirData(Viewport viewport, String language) throws IOException {
        String email = verifiedAccount(language);
        Journey person = journey(viewport, language).signIn(email, Accounts.PASSWORD);
        String yourData = person.say("Your data", "Vos données");
        person.at(person.say("Hello, Ada", "Bonjour, Ada")).follow(yourData);
        person.at(yourData)
                .press(
                        person.say(
                                "Ask for a copy of my data", "Demander une copie de mes données"));
        person.at(yourData)
                .sees(
                        person.say(
                                "We are preparing a copy of your data.",
                                "Nous préparons une copie de vos données."));
        exports.buildRequested();
        mail(
                email,
                person.say("Your copy of your data is ready", "La copie de vos données est prête"));

        person.open("/account/data").at(yourData);
        Download download =
                person.page.waitForDownload(() -> person.page.locator("main a[download]").click());
        assertTrue(entries(download).contains("data.json"), "the archive holds data.json");
    }

    private static List<String> entries(Download download) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(download.path()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private static void deletePolicyVersion(String label) {
        Db.inTransaction(
                () -> {
                    var em = Panache.getEntityManager();
                    em.createNativeQuery(
                                    "DELETE FROM policy_acceptance WHERE policy_version_id IN "
                                            + "(SELECT id FROM policy_version WHERE version = ?1)")
                            .setParameter(1, label)
                            .executeUpdate();
                    return em.createNativeQuery("DELETE FROM policy_version WHERE version = ?1")
                            .setParameter(1, label)
                            .executeUpdate();
                });
    }
}
