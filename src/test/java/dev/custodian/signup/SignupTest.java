package dev.custodian.signup;

import static dev.custodian.testing.Accounts.PASSWORD;
import static dev.custodian.testing.Accounts.signUp;
import static dev.custodian.testing.Accounts.signupForm;
import static dev.custodian.testing.Accounts.uniqueEmail;
import static dev.custodian.testing.Browser.redirectsTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.account.Account;
import dev.custodian.account.AccountStatus;
import dev.custodian.account.PasswordConfig;
import dev.custodian.privacy.PolicyAcceptance;
import dev.custodian.privacy.PolicyVersion;
import dev.custodian.testing.Accounts;
import dev.custodian.testing.Browser;
import dev.custodian.testing.Db;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class SignupTest {

    @Inject PasswordConfig passwords;

    @Test
    void createsTheAccountAndRecordsThePolicyAccepted() {
        Browser browser = new Browser();
        String email = uniqueEmail();

        Response response = signUp(browser, signupForm(email));

        response.then().statusCode(303).header("Location", redirectsTo("/signup/done"));
        browser.get("/signup/done").then().statusCode(200).body(containsString("Check your inbox"));
        Account account = stored(email);
        assertEquals("Ada", account.firstName);
        assertEquals("Lovelace", account.lastName);
        assertEquals("FR", account.country);
        assertEquals(AccountStatus.ACTIVE, account.status);
        assertNotNull(account.adultAttestedAt);
        assertTrue(
                account.passwordHash.startsWith(
                        "$argon2id$v=19$m="
                                + passwords.memoryKib()
                                + ",t="
                                + passwords.iterations()
                                + ",p=1$"),
                account.passwordHash);
        assertFalse(account.passwordHash.contains(PASSWORD));
        PolicyAcceptance acceptance =
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        PolicyAcceptance.<PolicyAcceptance>find(
                                                        "accountId", account.id)
                                                .singleResult());
        PolicyVersion accepted =
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        PolicyVersion.<PolicyVersion>findById(
                                                acceptance.policyVersionId));
        assertEquals("2026-11", accepted.version);
        assertNotNull(acceptance.acceptedAt);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Zoë           | O'Brien-Núñez",
                "李            | 小龙",
                "Ἀθηνᾶ         | Παλλάς",
                "Nguyễn Thị    | Minh Khai",
                "<script>x</script> | \"Quoted\" & Sons"
            })
    void namesInAnyScriptRoundTripExactly(String firstName, String lastName) {
        Browser browser = new Browser();
        String email = uniqueEmail();
        Map<String, String> form = signupForm(email);
        form.put("firstName", firstName);
        form.put("lastName", lastName);

        signUp(browser, form).then().statusCode(303);

        Account account = stored(email);
        assertEquals(firstName, account.firstName);
        assertEquals(lastName, account.lastName);
        Accounts.signIn(browser, email, PASSWORD).then().statusCode(303);
        String page = browser.get("/account").then().statusCode(200).extract().asString();
        assertTrue(page.contains(escaped(firstName)), page);
        assertFalse(page.contains("<script>x"), "user text must be escaped");
    }

    @ParameterizedTest(name = "{0} = \"{1}\" is refused")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "firstName    | ''                     | Enter your first name.",
                "firstName    | '   '                  | Enter your first name.",
                "lastName     | NULL                   | Enter your last name.",
                "firstName    | 'Bad\u0007Name'        | Remove the invisible control characters.",
                "lastName     | 'Evil\u202Egnp.exe'    | Remove the invisible control characters.",
                "email        | ''                     | Enter your email address.",
                "email        | 'not-an-email'         | Enter an email address such as name@example.com.",
                "email        | 'two@@example.com'     | Enter an email address such as name@example.com.",
                "email        | 'nodot@example'        | Enter an email address such as name@example.com.",
                "country      | ''                     | Choose your country from the list.",
                "country      | 'XX'                   | Choose your country from the list.",
                "password     | ''                     | Choose a password.",
                "password     | 'short words'          | Use at least 15 characters",
                "password     | 'passwordpassword'     | This password appears in lists of leaked passwords",
                "password     | 'correcthorsebatterystaple' | This password appears in lists of leaked passwords",
                "password     | 'zyxzyxzyxzyxzyxzyx'   | This password is too easy to guess.",
                "password     | 'lovelace rides again at dawn' | Do not use your name or email address",
                "adult        | NULL                   | You must be 18 or older to create an account.",
                "acceptPolicy | NULL                   | Accept the privacy policy to create an account.",
                "policyVersion| '2020-01'              | The privacy policy has just changed."
            })
    void refusesBadInputWithAMessageAndStoresNothing(String field, String value, String message) {
        Browser browser = new Browser();
        String email = uniqueEmail();
        Map<String, String> form = signupForm(email);
        if (value == null) {
            form.remove(field);
        } else {
            form.put(field, value);
        }

        String page =
                signUp(browser, form)
                        .then()
                        .statusCode(422)
                        .body(containsString("Please correct the following:"))
                        .body(containsString(message))
                        .body(containsString("aria-invalid=\"true\""))
                        .extract()
                        .asString();

        assertTrue(Db.account(email).isEmpty(), "nothing may be stored");
        if (!field.equals("email")) {
            assertTrue(page.contains("value=\"" + email + "\""), "the typed email is kept");
        }
        if (!field.equals("firstName")) {
            assertTrue(page.contains("value=\"Ada\""), "the typed first name is kept");
        }
        assertFalse(page.contains(PASSWORD), "the password is never sent back");
    }

    @Test
    void refusesOverlongFields() {
        Browser browser = new Browser();
        String email = uniqueEmail();
        Map<String, String> form = signupForm(email);
        form.put("firstName", "a".repeat(101));
        form.put("password", "horse ".repeat(43));

        signUp(browser, form)
                .then()
                .statusCode(422)
                .body(containsString("Use at most 100 characters."))
                .body(containsString("Use at most 256 characters."));
        assertTrue(Db.account(email).isEmpty());
    }

    @Test
    void acceptsALongUnicodePassphraseWithoutTruncatingIt() {
        Browser browser = new Browser();
        String email = uniqueEmail();
        String passphrase =
                "Les sanglots longs des violons de l’automne 🎻 blessent mon cœur d’une langueur monotone, "
                        + "tout suffocant et blême quand sonne l’heure";
        Map<String, String> form = signupForm(email);
        form.put("password", passphrase);

        signUp(browser, form).then().statusCode(303);

        Accounts.signIn(browser, email, passphrase).then().statusCode(303);
        Accounts.signIn(new Browser(), email, passphrase.substring(0, passphrase.length() - 1))
                .then()
                .statusCode(401);
    }

    @Test
    void aTakenEmailGetsTheSamePageAndChangesNothing() {
        Browser first = new Browser();
        String email = uniqueEmail();
        signUp(first, signupForm(email)).then().statusCode(303);
        Account original = stored(email);

        Map<String, String> again = signupForm(email.toUpperCase());
        again.put("firstName", "Mallory");
        again.put("password", "an entirely different secret phrase");
        Response response = signUp(new Browser(), again);

        response.then().statusCode(303).header("Location", redirectsTo("/signup/done"));
        Account after = stored(email);
        assertEquals(original.id, after.id);
        assertEquals("Ada", after.firstName);
        assertEquals(original.passwordHash, after.passwordHash);
        assertEquals(
                1L,
                QuarkusTransaction.requiringNew()
                        .call(() -> Account.count("emailNormalized", email.toLowerCase())));
    }

    @Test
    void refusesASignupWithoutTheCsrfToken() {
        Browser browser = new Browser();
        String email = uniqueEmail();
        browser.get("/signup");

        browser.post("/signup", signupForm(email))
                .then()
                .statusCode(400)
                .body(containsString("This request could not be used"))
                .body(not(containsString("Exception")));

        assertTrue(Db.account(email).isEmpty());
    }

    @Test
    void theFormListsCountriesInThePageLanguage() {
        new Browser()
                .get("/signup")
                .then()
                .statusCode(200)
                .body(containsString("<option value=\"DE\">Germany</option>"));
        new Browser()
                .header("Accept-Language", "fr-FR,fr;q=0.9")
                .get("/signup")
                .then()
                .statusCode(200)
                .body(containsString("<option value=\"DE\">Allemagne</option>"))
                .body(containsString("Créer votre compte"));
    }

    private static Account stored(String email) {
        Account account = Db.account(email).orElseThrow();
        assertNotEquals(null, account.id);
        return account;
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
