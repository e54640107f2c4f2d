package dev.custodian.profile;

import static dev.custodian.testing.Accounts.PASSWORD;
import static dev.custodian.testing.Accounts.signIn;
import static dev.custodian.testing.Accounts.signUp;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.account.Account;
import dev.custodian.testing.Browser;
import dev.custodian.testing.Db;
import dev.custodian.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class ProfileTest {

    private static final String PAGE = "/account/profile";
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @Inject TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A signed-in user and their email. */
    record User(Browser browser, String email) {}

    @Test
    void savesContactDetailsAndLogsWhichFieldsChanged() {
        User user = user();

        user.browser()
                .submit(
                        PAGE,
                        PAGE,
                        contact(
                                user,
                                Map.of(
                                        "lastName",
                                        "Byron",
                                        "company",
                                        "Analytical <Engines> & Co",
                                        "phone",
                                        "06 12 34 56 78")))
                .then()
                .statusCode(303);

        Account account = Db.account(user.email()).orElseThrow();
        assertEquals("Byron", account.lastName);
        assertEquals("+33612345678", account.phone);
        String page =
                user.browser()
                        .get(PAGE)
                        .then()
                        .statusCode(200)
                        .body(containsString("Your changes are saved."))
                        .extract()
                        .asString();
        assertTrue(page.contains("value=\"06 12 34 56 78\""), "shown in the national format");
        assertTrue(
                page.contains("Analytical &lt;Engines&gt; &amp; Co"),
                "HTML typed is kept as text, shown escaped");
        user.browser()
                .get("/account/activity")
                .then()
                .body(
                        containsString(
                                "Profile details changed (changed: last name, company, mobile phone)"));
    }

    @ParameterizedTest(name = "{0} = \"{1}\" is refused")
    @CsvSource(
            delimiter = '|',
            value = {
                "firstName | ''                 | Enter your first name.",
                "lastName  | 'Bad\u0007Name'    | Remove the invisible control characters.",
                "company   | 'x'                | ",
                "locale    | 'de'               | Choose English or French.",
                "country   | 'XX'               | Choose your country from the list.",
                "phone     | '12'               | Enter a valid phone number",
                "phone     | '01 42 68 53 00'   | Enter a mobile number"
            })
    void refusesBadContactDetailsAndChangesNothing(String field, String value, String message) {
        User user = user();
        if (message == null) {
            value = "c".repeat(201);
            message = "Use at most 200 characters.";
        }
        Account before = Db.account(user.email()).orElseThrow();

        String page =
                user.browser()
                        .submit(PAGE, PAGE, contact(user, Map.of(field, value)))
                        .then()
                        .statusCode(422)
                        .body(containsString(message))
                        .extract()
                        .asString();

        Account after = Db.account(user.email()).orElseThrow();
        assertEquals(before.version, after.version, "nothing stored");
        assertEquals(before.lastName, after.lastName);
        assertTrue(
                page.contains("value=\"Lovelace\"") || field.equals("lastName"),
                "typed values are kept");
    }

    @Test
    void aSaveFromAnOlderTabIsRefusedShowingTheNewerValuesAndLosingNothing() {
        User user = user();
        String oldTab = user.browser().get(PAGE).asString();
        String version = find(VERSION, oldTab);
        user.browser()
                .submit(
                        PAGE,
                        PAGE,
                        contact(user, Map.of("lastName", "Saved-in-tab-A", "version", version)))
                .then()
                .statusCode(303);

        String refused =
                user.browser()
                        .submit(
                                PAGE,
                                PAGE,
                                contact(
                                        user,
                                        Map.of("lastName", "Typed-in-tab-B", "version", version)))
                        .then()
                        .statusCode(409)
                        .extract()
                        .asString();

        assertTrue(refused.contains("value=\"Typed-in-tab-B\""), "what was typed is kept");
        assertTrue(refused.contains("Saved meanwhile: <strong>Saved-in-tab-A</strong>"), refused);
        assertEquals("Saved-in-tab-A", Db.account(user.email()).orElseThrow().lastName);
        String newer = find(VERSION, refused);
        user.browser()
                .submit(
                        PAGE,
                        PAGE,
                        contact(user, Map.of("lastName", "Typed-in-tab-B", "version", newer)))
                .then()
                .statusCode(303);
        assertEquals("Typed-in-tab-B", Db.account(user.email()).orElseThrow().lastName);
    }

    @Test
    void theContactPageSpeaksFrench() {
        User user = user();
        user.browser().submit(PAGE, "/language", Map.of("lang", "fr", "next", PAGE));
        user.browser()
                .get(PAGE)
                .then()
                .statusCode(200)
                .body(containsString("Votre profil"))
                .body(containsString("Téléphone mobile"))
                .body(containsString("Pourquoi nous les gardons"));
    }

    @Test
    void addressesAreSavedSeparatelyOrAsOneAndRemovedWhenEmptied() {
        User user = user();
        String empty = user.browser().get(PAGE + "/addresses").asString();
        // ticking "same as postal" hides the billing fields, with the stylesheet alone
        assertTrue(empty.contains("<fieldset class=\"address address--billing\">"), empty);
        assertTrue(
                given().get("/css/custodian.css")
                        .asString()
                        .contains(
                                "form:has(#billingSameAsPostal:checked) .address--billing {"
                                        + " display: none; }"));
        Map<String, String> form = addresses(Map.of("stamp", find(STAMP, empty)));
        user.browser()
                .submit(PAGE + "/addresses", PAGE + "/addresses", form)
                .then()
                .statusCode(303);
        String page = user.browser().get(PAGE + "/addresses").asString();
        assertTrue(page.contains("value=\"12 rue de l&#39;Église\""), page);
        assertTrue(
                QuarkusTransaction.requiringNew()
                                .call(
                                        () ->
                                                Address.count(
                                                        "accountId",
                                                        Db.account(user.email()).orElseThrow().id))
                        == 1,
                "billing same as postal keeps one address");

        Map<String, String> separate =
                addresses(
                        Map.of(
                                "billingLine1",
                                "1 Billing Street",
                                "billingPostalCode",
                                "SW1A 1AA",
                                "billingCity",
                                "London",
                                "billingCountry",
                                "GB",
                                "stamp",
                                find(STAMP, page)));
        separate.remove("billingSameAsPostal");
        user.browser()
                .submit(PAGE + "/addresses", PAGE + "/addresses", separate)
                .then()
                .statusCode(303);
        String both = user.browser().get(PAGE + "/addresses").asString();
        assertTrue(both.contains("value=\"1 Billing Street\""));

        Map<String, String> late =
                addresses(Map.of("postalCity", "Lyon", "stamp", find(STAMP, page)));
        late.remove("billingSameAsPostal");
        user.browser()
                .submit(PAGE + "/addresses", PAGE + "/addresses", late)
                .then()
                .statusCode(409)
                .body(containsString("value=\"Lyon\""))
                .body(containsString("Saved meanwhile: <strong>1 Billing Street</strong>"));

        Map<String, String> bad = addresses(Map.of("postalCity", "", "stamp", find(STAMP, both)));
        user.browser()
                .submit(PAGE + "/addresses", PAGE + "/addresses", bad)
                .then()
                .statusCode(422)
                .body(containsString("Enter the city."));
        assertTrue(
                user.browser().get(PAGE + "/addresses").asString().contains("value=\"Paris\""),
                "nothing changed");
    }

    /** 2,000 characters of "about", as the form allows, are kept whatever their letters. */
    @Test
    void anAboutAsLongAsTheFormAllowsIsKeptWhateverItsLetters() {
        User ada = user();
        String about = "Née à Noël, 10 € ’".repeat(200).substring(0, 2_000);
        ada.browser()
                .submit(PAGE + "/professional", PAGE + "/professional", Map.of("about", about))
                .then()
                .statusCode(303);
        ada.browser().get(PAGE + "/professional").then().body(containsString(about));

        ada.browser()
                .submit(
                        PAGE + "/professional",
                        PAGE + "/professional",
                        Map.of("about", about + "é"))
                .then()
                .statusCode(422)
                .body(containsString("about-error\" aria-invalid=\"true\""));
    }

    @Test
    void aHandleIsUniqueWhateverItsCase() {
        User ada = user();
        User other = user();
        String handle = "Ada-" + Long.toString(System.nanoTime(), 36);
        ada.browser()
                .submit(
                        PAGE + "/professional",
                        PAGE + "/professional",
                        Map.of(
                                "handle",
                                handle,
                                "headline",
                                "Mathematician",
                                "about",
                                "Line one\nLine two <b>bold</b>"))
                .then()
                .statusCode(303);

        other.browser()
                .submit(
                        PAGE + "/professional",
                        PAGE + "/professional",
                        Map.of("handle", handle.toLowerCase()))
                .then()
                .statusCode(422)
                .body(containsString("This handle is taken."));
        other.browser()
                .submit(PAGE + "/professional", PAGE + "/professional", Map.of("handle", "a!"))
                .then()
                .statusCode(422)
                .body(containsString("Use 3 to 30 letters, digits or hyphens."));

        ada.browser()
                .get(PAGE + "/professional")
                .then()
                .body(containsString("Line one\nLine two &lt;b&gt;bold&lt;/b&gt;"));
    }

    @Test
    void experiencesAreAddedEditedReorderedAndRemovedByTheirOwnerOnly() {
        User user = user();
        String experiences = PAGE + "/professional/experiences";
        user.browser()
                .submit(
                        PAGE + "/professional",
                        experiences,
                        experience("Analyst", "Babbage Ltd", "2019-01", "2020-06", null))
                .then()
                .statusCode(303);
        user.browser()
                .submit(
                        PAGE + "/professional",
                        experiences,
                        experience("Programmer", "Engines", "2020-07", null, "on"))
                .then()
                .statusCode(303);
        user.browser()
                .submit(
                        PAGE + "/professional",
                        experiences,
                        experience("Time traveller", "Future", "2999-01", null, "on"))
                .then()
                .statusCode(422)
                .body(containsString("Enter a month that has begun"));
        user.browser()
                .submit(
                        PAGE + "/professional",
                        experiences,
                        experience("Backwards", "Org", "2021-05", "2020-01", null))
                .then()
                .statusCode(422)
                .body(containsString("The end cannot come before the start."));

        String page = user.browser().get(PAGE + "/professional").asString();
        List<String> ids = ids(page);
        assertEquals(2, ids.size());
        assertTrue(page.indexOf("Analyst") < page.indexOf("Programmer"));
        user.browser()
                .submit(PAGE + "/professional", experiences + "/" + ids.get(1) + "/up", Map.of())
                .then()
                .statusCode(303);
        page = user.browser().get(PAGE + "/professional").asString();
        assertTrue(page.indexOf("Programmer") < page.indexOf("Analyst"), "moved up");
        assertTrue(page.contains("The order of your experience is saved."), "and it says so");

        User intruder = user();
        for (String path :
                List.of(
                        experiences + "/" + ids.get(0),
                        experiences + "/" + ids.get(0) + "/remove",
                        experiences + "/" + ids.get(0) + "/up")) {
            intruder.browser()
                    .submit(
                            PAGE + "/professional",
                            path,
                            experience("Hacked", "Evil", "2020-01", null, "on"))
                    .then()
                    .statusCode(404);
        }
        intruder.browser().get(experiences + "/" + ids.get(0)).then().statusCode(404);
        assertTrue(
                user.browser().get(PAGE + "/professional").asString().contains("Analyst"),
                "untouched");

        user.browser()
                .submit(
                        PAGE + "/professional",
                        experiences + "/" + ids.get(0) + "/remove",
                        Map.of())
                .then()
                .statusCode(303);
        assertEquals(1, ids(user.browser().get(PAGE + "/professional").asString()).size());
    }

    @Test
    void anExperienceEditedInTwoTabsRefusesTheLateSave() {
        User user = user();
        String experiences = PAGE + "/professional/experiences";
        user.browser()
                .submit(
                        PAGE + "/professional",
                        experiences,
                        experience("Analyst", "Babbage Ltd", "2019-01", null, "on"))
                .then()
                .statusCode(303);
        String id = ids(user.browser().get(PAGE + "/professional").asString()).get(0);
        String version = find(VERSION, user.browser().get(experiences + "/" + id).asString());
        Map<String, String> first =
                experience("Senior analyst", "Babbage Ltd", "2019-01", null, "on");
        first.put("version", version);
        user.browser()
                .submit(experiences + "/" + id, experiences + "/" + id, first)
                .then()
                .statusCode(303);

        Map<String, String> late = experience("Typed late", "Babbage Ltd", "2019-01", null, "on");
        late.put("version", version);
        user.browser()
                .submit(experiences + "/" + id, experiences + "/" + id, late)
                .then()
                .statusCode(409)
                .body(containsString("Senior analyst"))
                .body(containsString("value=\"Typed late\""));
    }

    private static final Pattern STAMP = Pattern.compile("name=\"stamp\" value=\"([^\"]+)\"");
    private static final Pattern EXPERIENCE_ID =
            Pattern.compile("/account/profile/professional/experiences/([0-9a-f-]{36})\"");

    private static List<String> ids(String page) {
        Matcher matcher = EXPERIENCE_ID.matcher(page);
        return matcher.results().map(m -> m.group(1)).toList();
    }

    private static Map<String, String> experience(
            String title, String organisation, String from, String to, String current) {
        Map<String, String> form = new HashMap<>();
        form.put("title", title);
        form.put("organisation", organisation);
        form.put("from", from);
        if (to != null) {
            form.put("to", to);
        }
        if (current != null) {
            form.put("current", current);
        }
        return form;
    }

    private static Map<String, String> addresses(Map<String, String> changes) {
        Map<String, String> form = new HashMap<>();
        form.put("postalLine1", "12 rue de l'Église");
        form.put("postalPostalCode", "75001");
        form.put("postalCity", "Paris");
        form.put("postalCountry", "FR");
        form.put("billingSameAsPostal", "on");
        form.putAll(changes);
        return form;
    }

    private static Map<String, String> contact(User user, Map<String, String> changes) {
        Account account = Db.account(user.email()).orElseThrow();
        Map<String, String> form = new HashMap<>();
        form.put("firstName", account.firstName);
        form.put("lastName", account.lastName);
        form.put("locale", "en");
        form.put("country", account.country);
        form.put("version", Long.toString(account.version));
        form.putAll(changes);
        return form;
    }

    private static User user() {
        Browser browser = new Browser();
        String email = signUp(browser);
        signIn(browser, email, PASSWORD).then().statusCode(303);
        return new User(browser, email);
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), "not found: " + pattern);
        return matcher.group(1);
    }
}
