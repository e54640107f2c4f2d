package dev.custodian.manifest;

import static dev.custodian.testing.Accounts.signedInUser;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.product.ProductService;
import dev.custodian.profile.Profile;
import dev.custodian.testing.Accounts.User;
import dev.custodian.testing.Browser;
import dev.custodian.testing.Db;
import io.quarkus.test.junit.QuarkusTestProfile;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One of the five example deployments of examples/, booted as a company would run it and checked
 * through its pages: its brand and languages, its policy, the dashboard's facts and dates, and that
 * each feature it turns off is gone (404, no link) while those it offers work. Each subclass boots
 * one example.
 */
abstract class ExampleDeploymentTest {

    /**
     * A test profile that runs the example in {@code examples/{folder}} on a PostgreSQL database of
     * its own, made afresh: a company's deployment starts empty, and the other test classes' policy
     * versions are no part of it (nor its versions of theirs).
     */
    abstract static class Example implements QuarkusTestProfile {

        abstract String folder();

        @Override
        public Map<String, String> getConfigOverrides() {
            String url =
                    System.getenv()
                            .getOrDefault(
                                    "CUSTODIAN_TEST_DB_URL",
                                    "jdbc:postgresql://localhost:5432/test");
            String user = System.getenv().getOrDefault("CUSTODIAN_TEST_DB_USER", "postgres");
            String password = System.getenv().getOrDefault("CUSTODIAN_TEST_DB_PASSWORD", "");
            String database =
                    url.replaceFirst("^.*/([^/?]+).*$", "$1")
                            + "_example_"
                            + folder().substring(0, 3);
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                statement.execute("CREATE DATABASE " + database);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot make the example's database", e);
            }
            return Map.of(
                    "custodian.manifest",
                    path(folder()).toString(),
                    "quarkus.datasource.jdbc.url",
                    url.replaceFirst("/[^/?]+(\\?.*)?$", "/" + database + "$1"));
        }
    }

    @Inject ProductService products;

    private final Manifest manifest = ManifestProducer.read(path(folder()));

    abstract String folder();

    private Locale locale() {
        return manifest.locales().get(0);
    }

    private Browser browser() {
        return new Browser().header("Accept-Language", locale().getLanguage());
    }

    @Test
    void pagesCarryItsBrandInItsLanguages() {
        String home = browser().get("/").then().statusCode(200).extract().asString();
        assertTrue(home.contains("<html lang=\"" + locale().getLanguage() + "\">"), home);
        assertTrue(home.contains(escaped(manifest.brand().productName()) + "</a>"), home);
        assertTrue(home.contains(escaped(manifest.controller().name())), home);
        assertEquals(
                manifest.languages().size() > 1,
                home.contains("name=\"lang\""),
                "a language switch only where there is a choice");
        browser()
                .get("/brand/brand.css")
                .then()
                .statusCode(200)
                .body(containsString("--accent:" + manifest.brand().accentColour()));
        if (manifest.brand().logo() != null) {
            browser().get("/brand/logo").then().statusCode(200);
        }
    }

    @Test
    void thePrivacyPageShowsItsPolicyInFull() {
        Manifest.PolicyVersion current =
                manifest.policy().versions().get(manifest.policy().versions().size() - 1);
        String markdown = current.text().in(locale());
        // its first heading, or the start of its first line; Markdown escapes no apostrophe
        String firstLine =
                markdown.lines()
                        .filter(l -> l.startsWith("#"))
                        .map(l -> l.replaceFirst("^#+\\s*", "").strip())
                        .findFirst()
                        .orElse(markdown.strip().lines().findFirst().orElseThrow())
                        .replaceFirst("^(.{0,40}).*", "$1")
                        .replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;");
        for (String page : new String[] {"/privacy", "/privacy/" + current.version()}) {
            browser()
                    .get(page)
                    .then()
                    .statusCode(200)
                    .body(containsString(firstLine))
                    .body(containsString(escaped(manifest.controller().name())));
        }
    }

    @Test
    void theDashboardStatesItsFactsAndThisAccountsDates() {
        User user = signedInUser();
        String page = user.browser().get("/account").then().statusCode(200).extract().asString();
        for (Manifest.DataCategory category : manifest.dataCategories()) {
            assertTrue(page.contains(escaped(category.name().in(locale()))), category.id());
        }
        for (Manifest.Recipient recipient : manifest.recipients()) {
            assertTrue(page.contains(escaped(recipient.name())), recipient.name());
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertTrue(
                page.contains(date(today.plus(manifest.closure().gracePeriod()))),
                "the date its data would go if closed today");
        Manifest.Retention activity = manifest.category("activity").retention();
        if (activity.is("from-creation")) {
            assertTrue(
                    page.contains(date(today.plusDays(activity.days()))),
                    "the sign-in just made goes after the activity's days");
        }
    }

    @Test
    void whatItTurnsOffIsGoneAndWhatItOffersWorks() {
        User user = signedInUser();
        Browser browser = user.browser();
        int marketing = manifest.marketing().enabled() ? 200 : 404;
        browser.get("/account/communications").then().statusCode(marketing);
        browser.get("/people").then().statusCode(manifest.profiles().membersSearch() ? 200 : 404);
        browser.get("/account/visibility")
                .then()
                .statusCode(manifest.profiles().choices() ? 200 : 404);
        String handle = "h" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Db.inTransaction(
                () -> {
                    Profile profile = new Profile();
                    profile.accountId = user.id();
                    profile.handle = handle;
                    profile.handleNormalized = handle;
                    profile.persist();
                    return null;
                });
        browser.get("/p/" + handle).then().statusCode(manifest.profiles().choices() ? 200 : 404);
        String account = browser.get("/account").then().extract().asString();
        assertEquals(
                manifest.marketing().enabled(),
                account.contains("href=\"/account/communications\""),
                "a link to the email preferences only where there are some");
        new Browser()
                .get("/reopen?token=x")
                .then()
                .statusCode(manifest.closure().reopenDays() > 0 ? 200 : 404);

        browser.get("/account/close")
                .then()
                .statusCode(200)
                .body(
                        manifest.closure().eraseNowAllowed()
                                ? containsString("value=\"now\"")
                                : not(containsString("value=\"now\"")));
        products.add(user.id(), "Hosting", "Hosting");
        browser.get("/account/close")
                .then()
                .statusCode(200)
                .body(
                        manifest.closure().productsGateClosure()
                                ? not(containsString("action=\"/account/close/review\""))
                                : containsString("action=\"/account/close/review\""));
    }

    private String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(day);
    }

    /** As Qute writes text into HTML. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    static Path path(String folder) {
        return Path.of("examples", folder, "manifest.yaml");
    }
}
