package dev.custodian.web;

import static dev.custodian.testing.Browser.redirectsTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.account.Account;
import dev.custodian.testing.Accounts;
import dev.custodian.testing.Browser;
import dev.custodian.testing.TestPorts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class WebShellTest {

    private static final int MANAGEMENT_TEST_PORT = TestPorts.MANAGEMENT;

    /**
     * What makes the browser fetch or send something: sources, stylesheets and icons, form targets.
     * A link the user follows (an {@code <a href>}, such as the supervisory authority's site on
     * /privacy) asks nothing of anyone until it is clicked.
     */
    private static final Pattern URL_ATTRIBUTE =
            Pattern.compile("(?:src|<link[^>]*href|action)=\"([^\"]*)\"");

    /** The one script a page may load: the application's own file, never inline. */
    private static final String PASSKEY_SCRIPT = "<script src=\"/js/passkeys.js\" defer></script>";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/signup",
                "/login",
                "/privacy",
                "/css/custodian.css",
                "/no-such-page",
                "/password/forgot"
            })
    void everyResponseCarriesTheSecurityHeaders(String path) {
        Response response = new Browser().get(path);
        String csp = response.getHeader("Content-Security-Policy");
        assertTrue(csp.contains("default-src 'none'"), csp);
        assertTrue(csp.contains("style-src 'self'"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        // the sign-in page runs the application's passkey script, from this origin only; the
        // others run none at all
        assertEquals(path.equals("/login"), csp.contains("script-src 'self'"), path + ": " + csp);
        assertFalse(csp.replace("script-src 'self'", "").contains("script-src"), csp);
        assertEquals("nosniff", response.getHeader("X-Content-Type-Options"));
        assertEquals("same-origin", response.getHeader("Referrer-Policy"));
        assertEquals("DENY", response.getHeader("X-Frame-Options"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/signup",
                "/login",
                "/privacy",
                "/signed-out",
                "/signup/done",
                "/password/forgot",
                "/password/sent"
            })
    void pagesUseNoOtherHostNoScriptAndNoInlineStyle(String path) {
        String html = new Browser().get(path).then().statusCode(200).extract().asString();
        Matcher urls = URL_ATTRIBUTE.matcher(html);
        while (urls.find()) {
            String url = urls.group(1);
            assertTrue(
                    url.startsWith("/") && !url.startsWith("//") || url.startsWith("#"),
                    path + " links to " + url);
        }
        assertFalse(html.replace(PASSKEY_SCRIPT, "").contains("<script"), path);
        assertFalse(html.contains("style="), path);
        assertFalse(html.contains("<style"), path);
    }

    @Test
    void aFlashShowsOnceEvenOnAPageRenderedFromAResponse() {
        Browser browser = Accounts.signedInBrowser();
        browser.submit(
                        "/account/close",
                        "/language",
                        Map.of("lang", "en", "next", "/account/close"))
                .then()
                .statusCode(303);
        browser.get("/account/close")
                .then()
                .statusCode(200)
                .body(containsString("class=\"flash\""));
        browser.get("/account/communications")
                .then()
                .statusCode(200)
                .body(not(containsString("class=\"flash\"")));
    }

    @Test
    void errorPagesSitInTheLayoutAndRevealNothing() {
        new Browser()
                .get("/no-such-page")
                .then()
                .statusCode(404)
                .body(containsString("Page not found"))
                .body(containsString("<header class=\"site-header\">"));
        new Browser()
                .post("/signup", Map.of())
                .then()
                .statusCode(400)
                .body(containsString("This request could not be used"));
        RestAssured.given()
                .redirects()
                .follow(false)
                .delete("/signup")
                .then()
                .statusCode(405)
                .body(containsString("This action is not available here"));
        new Browser()
                .get("/test-only/failure")
                .then()
                .statusCode(500)
                .body(containsString("Something went wrong on our side"))
                .body(containsString("quote the reference"))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("database password is hunter2")))
                .body(not(containsString("at dev.custodian")));
    }

    @Test
    void theDevMailboxDoesNotExistOutsideDevMode() {
        new Browser().get("/dev/mail").then().statusCode(404);
    }

    @Test
    void rolesAreEnforcedFromTheSessionAndRefusalsGetTheForbiddenPage() {
        Browser member = Accounts.signedInBrowser();
        member.get("/test-only/admin")
                .then()
                .statusCode(403)
                .body(containsString("You cannot open this page"))
                .body(not(containsString("admin page")));
        new Browser()
                .get("/test-only/admin")
                .then()
                .statusCode(303)
                .header("Location", containsString("/login"));

        Browser admin = new Browser();
        String email = Accounts.signUp(admin);
        QuarkusTransaction.requiringNew()
                .run(() -> Account.update("roles = 'admin' where emailNormalized = ?1", email));
        Accounts.signIn(admin, email, Accounts.PASSWORD);
        admin.get("/test-only/admin").then().statusCode(200).body(equalTo("admin page"));
    }

    @Test
    void pagesFollowAcceptLanguage() {
        new Browser()
                .header("Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5")
                .get("/")
                .then()
                .body(containsString("<html lang=\"fr\">"))
                .body(containsString("Votre compte, selon vos règles"));
        new Browser()
                .header("Accept-Language", "de-DE,de;q=0.9")
                .get("/")
                .then()
                .body(containsString("<html lang=\"en\">"));
    }

    @Test
    void theLanguageSwitchIsRememberedAndReturnsToTheSamePage() {
        Browser browser = new Browser();

        browser.submit("/signup", "/language", Map.of("lang", "fr", "next", "/signup"))
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/signup"));

        browser.get("/signup")
                .then()
                .body(containsString("Créer votre compte"))
                .body(containsString("La langue a été changée."));
        browser.get("/")
                .then()
                .body(containsString("Votre compte, selon vos règles"))
                .body(not(containsString("La langue a été changée.")));
        browser.submit("/", "/language", Map.of("lang", "xx", "next", "/")).then().statusCode(400);
        browser.submit("/", "/language", Map.of("lang", "en", "next", "https://evil.example/"))
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/"));
    }

    @Test
    void aSignedInUsersLanguageChoiceFollowsTheAccount() {
        Browser browser = Accounts.signedInBrowser();
        browser.submit("/account", "/language", Map.of("lang", "fr", "next", "/account"))
                .then()
                .statusCode(303);

        Browser sameBrowserCookiesGone = new Browser().header("Accept-Language", "en");
        sameBrowserCookiesGone.setCookie("custodian_session", browser.cookie("custodian_session"));
        sameBrowserCookiesGone
                .get("/account")
                .then()
                .statusCode(200)
                .body(containsString("Bonjour, Ada"))
                .body(containsString("Se déconnecter"));
    }

    @Test
    void healthAndMetricsAnswerOnTheManagementPortOnly() {
        RestAssured.given()
                .port(MANAGEMENT_TEST_PORT)
                .get("/q/health")
                .then()
                .statusCode(200)
                .body(containsString("\"status\": \"UP\""));
        RestAssured.given()
                .port(MANAGEMENT_TEST_PORT)
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests"));
        new Browser().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void everyPostFormOnAPageCarriesItsCsrfToken() {
        for (String path : List.of("/", "/signup", "/login", "/password/forgot")) {
            String html = new Browser().get(path).asString();
            int forms = html.toLowerCase().split("method=\"post\"", -1).length - 1;
            int tokens = html.split("name=\"csrf-token\"", -1).length - 1;
            assertTrue(forms > 0);
            assertEquals(forms, tokens, path);
        }
        new Browser()
                .get("/")
                .then()
                .header("Set-Cookie", containsString("custodian_csrf="))
                .header("Set-Cookie", containsString("HTTPOnly"));
    }

    /**
     * Pages are rendered straight to UTF-8 piece by piece (web/HtmlPages): a French page, with
     * characters beyond Latin-1 (the apostrophe) beside Latin-1 ones (the accents), arrives whole
     * and says its charset; so does the page of a resource that returns a template in a Response.
     */
    @Test
    void pagesAreUtf8ToTheLastCharacter() {
        Response signedOut = new Browser().header("Accept-Language", "fr").get("/signed-out");
        signedOut.then().statusCode(200).contentType("text/html;charset=UTF-8");
        String page = new String(signedOut.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(page.contains("Votre session est terminée et ce navigateur n’en garde"), page);
        assertTrue(page.trim().endsWith("</html>"), page);
        new Browser()
                .header("Accept-Language", "fr")
                .get("/password/reset?token=no-such-token")
                .then()
                .statusCode(400)
                .body(containsString("Ce lien ne peut pas être utilisé"))
                .contentType("text/html;charset=UTF-8");
    }
}
