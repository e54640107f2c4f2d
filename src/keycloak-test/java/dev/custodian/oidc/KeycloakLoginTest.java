package dev.custodian.oidc;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.custodian.account.Account;
import dev.custodian.testing.Accounts;
import dev.custodian.testing.Browser;
import dev.custodian.testing.Chromium;
import dev.custodian.testing.Db;
import dev.custodian.testing.OidcProvider;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in with an external provider against a real one: Keycloak, started by
 * src/test/keycloak/keycloak.sh with the realm beside it, and its own login form filled in headless
 * Chromium. The same journeys as OidcTest, seen by a person. Only in the keycloak profile ({@code
 * ./mvnw test -Pkeycloak}).
 */
@QuarkusTest
@TestProfile(KeycloakLoginTest.AgainstKeycloak.class)
class KeycloakLoginTest {

    static final int KEYCLOAK_PORT = 8380;
    static final String ISSUER = "http://127.0.0.1:" + KEYCLOAK_PORT + "/realms/custodian";
    static final String NEWCOMER = "grace.hopper@keycloak.example.com";
    static final String MEMBER = "alan.turing@keycloak.example.com";
    static final String UNVERIFIED = "ada.lovelace@keycloak.example.com";

    public static class AgainstKeycloak implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return OidcProvider.config(
                    "Keycloak", ISSUER, "custodian", "custodian-keycloak-test-secret", Map.of());
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KeycloakServer.class));
        }
    }

    /**
     * Keycloak is up before the application starts (it reads the discovery document) and stopped
     * after.
     */
    public static class KeycloakServer implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            // the realm's redirect URI names the port the application is tested on
            int port =
                    ConfigProvider.getConfig()
                            .getOptionalValue("quarkus.http.test-port", Integer.class)
                            .orElse(8081);
            script("start", port);
            return Map.of();
        }

        @Override
        public void stop() {
            script("stop", 0);
        }

        private static void script(String command, int custodianPort) {
            try {
                ProcessBuilder builder =
                        new ProcessBuilder("bash", "src/test/keycloak/keycloak.sh", command)
                                .redirectErrorStream(true);
                builder.environment().put("KEYCLOAK_PORT", String.valueOf(KEYCLOAK_PORT));
                builder.environment().put("CUSTODIAN_PORT", String.valueOf(custodianPort));
                Process process = builder.start();
                // through System.out, which Surefire captures: an inherited stdout would corrupt
                // its channel
                process.getInputStream().transferTo(System.out);
                int status = process.waitFor();
                if (status != 0) {
                    throw new IllegalStateException(
                            "keycloak.sh "
                                    + command
                                    + " exited with "
                                    + status
                                    + " (log: target/keycloak/keycloak.log)");
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static Playwright playwright;
    static com.microsoft.playwright.Browser chromium;

    @TestHTTPResource("/")
    URL root;

    String base;
    BrowserContext context;

    @BeforeAll
    static void launch() {
        playwright = Chromium.playwright();
        chromium = Chromium.launch(playwright);
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    /**
     * Accounts of the realm's users left by an earlier run would change where each journey goes.
     */
    @BeforeAll
    static void forgetEarlierRuns() {
        Db.inTransaction(
                () ->
                        Panache.getEntityManager()
                                .createNativeQuery(
                                        "DELETE FROM account WHERE "
                                                + "email_normalized IN (?1, ?2, ?3) OR id IN (SELECT account_id FROM oidc_identity WHERE issuer = ?4)")
                                .setParameter(1, NEWCOMER)
                                .setParameter(2, MEMBER)
                                .setParameter(3, UNVERIFIED)
                                .setParameter(4, ISSUER)
                                .executeUpdate());
    }

    @BeforeEach
    void newBrowser() {
        base = root.toString().replaceAll("/$", "");
        context = chromium.newContext();
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    @Test
    void aNewcomerSignsUpThenSignsInDirectly() {
        Page page = signInWithKeycloak(context, "grace", "grace-keycloak-password");
        assertThat(page).hasURL(base + "/oidc/signup");
        assertThat(page.locator("#firstName")).hasValue("Grace");
        assertThat(page.locator("#lastName")).hasValue("Hopper");
        assertThat(page.locator("body"))
                .containsText("Your email address: " + NEWCOMER + ", as confirmed by Keycloak");
        assertThat(page.locator("input[name=email], input[name=password]")).hasCount(0);
        completeSignUp(page);
        assertThat(page).hasURL(base + "/account");
        assertThat(page.locator("h1")).hasText("Hello, Grace");
        Account account = Db.account(NEWCOMER).orElseThrow();
        assertNotNull(account.emailVerifiedAt, "Keycloak verified the address");
        assertNull(account.passwordHash);

        try (BrowserContext later = chromium.newContext()) {
            Page again = signInWithKeycloak(later, "grace", "grace-keycloak-password");
            assertThat(again).hasURL(base + "/account");
            assertThat(again.locator("h1")).hasText("Hello, Grace");
        }
    }

    @Test
    void aMemberLinksWithTheirPasswordThenSignsInDirectly() {
        Map<String, String> form = Accounts.signupForm(MEMBER);
        form.put("firstName", "Alan");
        form.put("lastName", "Turing");
        Accounts.signUp(new Browser(), form).then().statusCode(303);
        UUID accountId = Db.account(MEMBER).orElseThrow().id;

        Page page = signInWithKeycloak(context, "alan", "alan-keycloak-password");
        assertThat(page).hasURL(base + "/oidc/link");
        assertThat(page.locator("body")).containsText("A Custodian account already uses " + MEMBER);
        assertEquals(0, identities(accountId), "never linked on the email alone");

        page.getByText("Sign in to link").click();
        page.fill("#email", MEMBER);
        page.fill("#password", Accounts.PASSWORD);
        page.locator("form[action='/login'] button[type=submit]").click();
        assertThat(page).hasURL(base + "/oidc/link/confirm");
        page.getByText("Link my Keycloak account").click();
        assertThat(page).hasURL(base + "/account/security");
        assertThat(page.locator("body")).containsText("Your account at the provider is linked");
        assertEquals(1, identities(accountId));

        try (BrowserContext later = chromium.newContext()) {
            Page again = signInWithKeycloak(later, "alan", "alan-keycloak-password");
            assertThat(again).hasURL(base + "/account");
            assertThat(again.locator("h1")).hasText("Hello, Alan");
        }
    }

    @Test
    void anUnverifiedEmailIsNotTrustedAndMustBeTyped() {
        Accounts.signUp(new Browser(), Accounts.signupForm(UNVERIFIED)).then().statusCode(303);
        UUID existing = Db.account(UNVERIFIED).orElseThrow().id;

        Page page = signInWithKeycloak(context, "ada", "ada-keycloak-password");
        assertThat(page).hasURL(base + "/oidc/signup");
        assertThat(page.locator("#email")).hasValue("");
        assertThat(page.locator("body")).not().containsText(UNVERIFIED);
        String typed = Accounts.uniqueEmail();
        page.fill("#email", typed);
        completeSignUp(page);
        assertThat(page).hasURL(base + "/account");

        Account created = Db.account(typed).orElseThrow();
        assertNull(created.emailVerifiedAt, "a typed address is confirmed by mail");
        assertEquals(1, identities(created.id));
        assertEquals(
                0,
                identities(existing),
                "the account with Keycloak's unverified address is not linked");
    }

    /**
     * From Custodian's sign-in page through Keycloak's login form, back to where Custodian sends
     * the browser.
     */
    private Page signInWithKeycloak(BrowserContext browser, String username, String password) {
        Page page = browser.newPage();
        page.navigate(base + "/login");
        page.getByText("Continue with Keycloak").click();
        page.waitForURL(
                Pattern.compile(Pattern.quote(ISSUER) + "/protocol/openid-connect/auth\\?.*"));
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("#kc-login");
        page.waitForURL(url -> url.startsWith(base) && !url.contains("/login/oidc"));
        return page;
    }

    private static void completeSignUp(Page page) {
        page.selectOption("#country", "FR");
        page.check("#adult");
        page.check("#acceptPolicy");
        page.getByText("Create my account").click();
    }

    private static long identities(UUID accountId) {
        return Db.inTransaction(
                () -> OidcIdentity.count("accountId = ?1 and issuer = ?2", accountId, ISSUER));
    }
}
