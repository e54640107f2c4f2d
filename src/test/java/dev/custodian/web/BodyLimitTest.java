package dev.custodian.web;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.testing.Db;
import dev.custodian.testing.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A body over the server's 10 MB limit is refused before it is used, with a page (or, for the API,
 * a problem) that says so in the visitor's language. Sent over a plain socket, with the length it
 * claims.
 */
@QuarkusTest
class BodyLimitTest {

    private static final int OVER_THE_LIMIT = 10 * 1024 * 1024 + 1;

    private static final String FORM = "Content-Type: application/x-www-form-urlencoded\r\n";

    /** A request whose body is announced but never sent beyond its first bytes: the answer. */
    private static String announce(String target, String headers) throws IOException {
        return RawHttp.exchange(
                head(target, headers), "email=a%40example.com&".getBytes(ISO_8859_1));
    }

    private static String head(String target, String headers) {
        return "POST "
                + target
                + " HTTP/1.1\r\nHost: localhost\r\n"
                + headers
                + "Content-Length: "
                + OVER_THE_LIMIT
                + "\r\n";
    }

    @Test
    void aFormOverTheLimitGetsAPageThatSaysSoAndNothingIsUsed() throws IOException {
        long accounts = Db.count("SELECT count(*) FROM account");
        String answer = announce("/signup", FORM);

        assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
        assertTrue(answer.contains("content-type: text/html;charset=UTF-8"), answer);
        assertTrue(answer.contains("cache-control: no-store"), answer);
        assertTrue(answer.contains("connection: close"), answer);
        // the site's security headers, as on every answer
        assertTrue(answer.contains("X-Frame-Options: DENY"), answer);
        assertTrue(answer.contains("<h1>What you sent is too large</h1>"), answer);
        assertTrue(answer.contains("larger than 10 MB"), answer);
        assertTrue(answer.contains("<html lang=\"en\">"), answer);
        assertEquals(accounts, Db.count("SELECT count(*) FROM account"));
    }

    /**
     * A browser sends the whole upload before it reads the answer: what is still coming is read and
     * dropped, so the page arrives instead of a reset connection.
     */
    @Test
    void aBrowserThatSendsTheWholeUploadGetsThePage() throws IOException {
        byte[] upload = new byte[OVER_THE_LIMIT];
        Arrays.fill(upload, (byte) 'a');
        String answer = RawHttp.exchange(head("/signup", FORM), upload);
        assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
        assertTrue(answer.contains("<h1>What you sent is too large</h1>"), answer);
    }

    /** Before the sign-in checks: not sent to /login first, where the upload would be lost. */
    @Test
    void aPageForMembersGetsItBeforeAnyoneIsAskedToSignIn() throws IOException {
        String answer = announce("/account/profile/photo", "");
        assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
        assertTrue(answer.contains("<h1>What you sent is too large</h1>"), answer);
    }

    @Test
    void thePageIsInTheVisitorsLanguage() throws IOException {
        String byHeader = announce("/signup", "Accept-Language: fr-FR,fr;q=0.9\r\n");
        assertTrue(byHeader.contains("<h1>Votre envoi est trop volumineux</h1>"), byHeader);
        assertTrue(byHeader.contains("dépasse 10 Mo"), byHeader);
        assertTrue(byHeader.contains("<html lang=\"fr\">"), byHeader);

        String byCookie =
                announce("/login", "Accept-Language: en\r\nCookie: custodian_lang=fr\r\n");
        assertTrue(byCookie.startsWith("HTTP/1.1 413 "), byCookie);
        assertTrue(byCookie.contains("<html lang=\"fr\">"), byCookie);
    }

    @Test
    void anApiCallOverTheLimitGetsAProblem() throws IOException {
        String answer =
                announce(
                        "/api/v1/accounts/00000000-0000-0000-0000-000000000000/products",
                        "Content-Type: application/json\r\nAuthorization: Bearer nonsense\r\n");

        assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
        assertTrue(answer.contains("content-type: application/problem+json"), answer);
        assertTrue(answer.contains("cache-control: no-store"), answer);
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        assertEquals(
                "{\"type\":\"urn:custodian:problem:body-too-large\","
                        + "\"title\":\"The request body is too large\",\"status\":413,"
                        + "\"detail\":\"A request body may be at most 10 MB; this one was not"
                        + " read.\"}",
                body);
    }

    @Test
    void aFieldOverItsOwnLimitGetsThePageWithoutALimitItDidNotPass() {
        String page =
                given().contentType("application/x-www-form-urlencoded")
                        .body("email=" + "a".repeat(1025 * 1024) + "&password=x")
                        .post("/login")
                        .then()
                        .statusCode(413)
                        .extract()
                        .asString();
        assertTrue(page.contains("<h1>What you sent is too large</h1>"), page);
        assertFalse(page.contains("10 MB"), page);
    }

    @Test
    void aBodyWithinTheLimitsIsNotTouched() {
        // a sign-in of 900 KB is refused for what it says, not for its size
        given().redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .body("email=" + "a".repeat(900 * 1024) + "&password=x")
                .post("/login")
                .then()
                .statusCode(not(413));
    }
}
