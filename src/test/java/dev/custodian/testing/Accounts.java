package dev.custodian.testing;

import dev.custodian.privacy.PolicyVersion;
import io.quarkus.arc.Arc;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Signs people up and in through the real pages. */
public final class Accounts {

    public static final String PASSWORD = "violet lantern drifts over a quiet harbour";
    public static final String POLICY_VERSION = "2026-11";

    private Accounts() {}

    public static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    /** A complete, valid sign-up form; tests change one field to check one refusal. */
    public static Map<String, String> signupForm(String email) {
        Map<String, String> form = new HashMap<>();
        form.put("firstName", "Ada");
        form.put("lastName", "Lovelace");
        form.put("email", email);
        form.put("country", "FR");
        form.put("password", PASSWORD);
        form.put("adult", "on");
        form.put("acceptPolicy", "on");
        form.put("policyVersion", currentPolicyVersion());
        return form;
    }

    /**
     * The version of the privacy policy in force, which sign-up asks to accept: the bundled
     * manifest's {@link #POLICY_VERSION}, or the latest of another deployment's.
     */
    public static String currentPolicyVersion() {
        if (Arc.container() == null) {
            // an integration test, against the packaged application of the bundled manifest
            return POLICY_VERSION;
        }
        return Db.inTransaction(() -> PolicyVersion.current(java.time.Instant.now()).version);
    }

    public static Response signUp(Browser browser, Map<String, String> form) {
        return browser.submit("/signup", "/signup", form);
    }

    /** Signs up a new account with the standard details and returns its email. */
    public static String signUp(Browser browser) {
        String email = uniqueEmail();
        signUp(browser, signupForm(email)).then().statusCode(303);
        return email;
    }

    public static Response signIn(Browser browser, String email, String password) {
        return signIn(browser, email, password, null);
    }

    public static Response signIn(Browser browser, String email, String password, String next) {
        Map<String, String> form = new HashMap<>();
        form.put("email", email);
        form.put("password", password);
        if (next != null) {
            form.put("next", next);
        }
        return browser.submit("/login", "/login", form);
    }

    /** A signed-in user: their browser, email and account id. */
    public record User(Browser browser, String email, UUID id) {}

    /** A new account, signed in, with what tests need to reach it. */
    public static User signedInUser() {
        Browser browser = new Browser();
        String email = signUp(browser);
        signIn(browser, email, PASSWORD).then().statusCode(303);
        return new User(browser, email, Db.account(email).orElseThrow().id);
    }

    /** A browser signed in as a new admin (the role given by an existing admin). */
    public static Browser signedInAdmin() {
        Browser browser = new Browser();
        String email = signUp(browser);
        Db.makeAdmin(email);
        signIn(browser, email, PASSWORD).then().statusCode(303);
        return browser;
    }

    /** A new browser with a new account signed in. */
    public static Browser signedInBrowser() {
        Browser browser = new Browser();
        String email = signUp(browser);
        signIn(browser, email, PASSWORD).then().statusCode(303);
        return browser;
    }
}
