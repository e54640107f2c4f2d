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
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The choices a person makes about their data: the dashboard, emails and unsubscribing, who sees
 * their profile, analytics and Global Privacy Control, a new policy, and a copy of their data.
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

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void readsTheDashboard(Viewport viewport) {
        Journey person = journey(viewport).signIn(verifiedAccount(), Accounts.PASSWORD);
        person.at("Hello, Ada")
                .sees("What we hold about you")
                .sees("Where it is stored")
                .sees("Who receives it");
        person.follow("Activity").at("Account activity");
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void subscribesThenUnsubscribesFromTheLinkInACampaignMail(Viewport viewport) {
        // only this journey's reader gets its campaign, whatever earlier tests subscribed
        Db.inTransaction(
                () ->
                        Panache.getEntityManager()
                                .createNativeQuery(
                                        "UPDATE communication_preference SET subscribed = false WHERE category = 'announcements'")
                                .executeUpdate());
        String email = verifiedAccount();
        Journey reader = journey(viewport).signIn(email, Accounts.PASSWORD);
        reader.at("Hello, Ada").follow("Communications");
        reader.at("Emails you receive").locator("#marketing-announcements").check();
        reader.press("Save my choices").at("Emails you receive").sees("Your choices are saved.");

        String subject = "Our new backup service " + System.nanoTime();
        Journey admin = journey(viewport).signIn(admin(), Accounts.PASSWORD);
        admin.at("Hello").open("/admin/campaigns").at("Marketing campaigns");
        admin.locator("#category").selectOption("announcements");
        admin.locator("#language").selectOption("en");
        admin.fill("Subject", subject);
        admin.locator("#body").fill("Backups every hour.\n\nFrom today.");
        admin.press("Save and preview").at(subject).sees("One subscriber will receive it.");
        admin.locator("#confirmed").check();
        admin.press("Send").at(subject);
        campaigns.queueDue();

        String link = mail(email, subject).link("/unsubscribe/");
        Journey fromMail = journey(viewport);
        fromMail.open(link).at("Unsubscribe").press("Unsubscribe from “Product announcements”");
        fromMail.at("You are unsubscribed");
        reader.open("/account/communications").at("Emails you receive");
        assertThat(reader.locator("#marketing-announcements")).not().isChecked();
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void makesTheHeadlinePublicAndIsFoundByMembers(Viewport viewport) {
        String handle = "ada-" + Long.toString(System.nanoTime(), 36);
        String headline = "Poet of numbers " + handle;
        Journey person = journey(viewport).signIn(verifiedAccount(), Accounts.PASSWORD);
        person.at("Hello, Ada").open("/account/profile/professional").at("Your profile");
        person.fill("Profile handle (optional)", handle).fill("Headline (optional)", headline);
        person.press("Save").at("Your profile").sees("Your changes are saved.");
        person.open("/account").follow("Visibility");
        person.at("Who sees your profile").locator("input[name=headline][value=PUBLIC]").check();
        person.locator("input[name=name][value=PUBLIC]").check();
        person.press("Save").at("Who sees your profile").sees("Your choices are saved.");

        Journey anyone = journey(viewport);
        anyone.open("/p/" + handle).at("Ada Lovelace").sees(headline);

        Journey member = journey(viewport).signIn(verifiedAccount(), Accounts.PASSWORD);
        member.at("Hello, Ada").follow("People");
        member.at("People").fill("Name, headline, company or city", handle).press("Search");
        member.at("People").sees("One member matches.").follow("Ada Lovelace");
        member.at("Ada Lovelace").sees(headline);
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void answersTheCookieQuestionAndHasGlobalPrivacyControlHonoured(Viewport viewport) {
        Journey visitor = journey(viewport);
        visitor.open("/").at("Your account, on your terms");
        assertThat(visitor.locator(".cookie-banner")).isVisible();
        visitor.press("Refuse")
                .at("Your account, on your terms")
                .sees("Your cookie choice is saved.");
        assertThat(visitor.locator(".cookie-banner")).hasCount(0);
        visitor.open("/privacy").at("Privacy policy").sees("you refused analytics");

        Journey signalled = journey(viewport, "en", Map.of("Sec-GPC", "1"));
        signalled.open("/").at("Your account, on your terms");
        assertThat(signalled.locator(".cookie-banner")).hasCount(0);
        signalled.signIn(verifiedAccount(), Accounts.PASSWORD).at("Hello, Ada");
        signalled.open("/privacy").at("Privacy policy").sees("Opt-out preference signal honoured.");
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void acceptsAPolicyThatReducesRightsBeforeGoingOn(Viewport viewport) {
        String email = verifiedAccount();
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

        Journey person = journey(viewport).signIn(email, Accounts.PASSWORD);
        person.at("Our privacy policy has changed").follow("See what changed");
        person.at(label).sees("We keep more.");
        person.page.goBack();
        person.at("Our privacy policy has changed").press("I accept this privacy policy");
        person.at("Hello, Ada").sees("you have accepted the new privacy policy");
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void downloadsACopyOfTheirData(Viewport viewport) throws IOException {
        String email = verifiedAccount();
        Journey person = journey(viewport).signIn(email, Accounts.PASSWORD);
        person.at("Hello, Ada").follow("Your data");
        person.at("Your data").press("Ask for a copy of my data");
        person.at("Your data").sees("We are preparing a copy of your data.");
        exports.buildRequested();
        mail(email, "Your copy of your data is ready");

        person.open("/account/data").at("Your data");
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
