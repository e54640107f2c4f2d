package dev.custodian.web;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.testing.Db;
import dev.custodian.testing.RawHttp;
import dev.custodian.testing.TestPorts;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A body over the server's 10 MB limit is refused before it is read, with a page (or, for the API,
 * a problem) that says so in the visitor's language. Sent over a plain socket: the request claims
 * its length, and the answer comes without the body ever being sent.
 */
@QuarkusTest
class BodyLimitTest {

    private static final long OVER_THE_LIMIT = 10L * 1024 * 1024 + 1;

    /** A request whose body is announced but never sent beyond its first bytes: the answer. */
    private static String announce(String method, String target, String headers)
            throws IOException {
        // the server closes the connection once it has answered
        return RawHttp.exchange(
                method
                        + " "
                        + target
                        + " HTTP/1.1\r\nHost: localhost\r\n"
                        + headers
                        + "Content-Length: "
                        + OVER_THE_LIMIT
                        + "\r\n",
                "email=a%40example.com&".getBytes(ISO_8859_1));
    }

    @Test
    void aFormOverTheLimitGetsAPageThatSaysSoAndNothingIsRead() throws IOException {
        long accounts = Db.count("SELECT count(*) FROM account");
        String answer =
                announce("POST", "/signup", "Content-Type: application/x-www-form-urlencoded\r\n");

        assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
        assertTrue(answer.contains("content-type: text/html;charset=UTF-8"), answer);
        assertTrue(answer.contains("cache-control: no-store"), answer);
        assertTrue(answer.contains("connection: close"), answer);
        // the site's security headers, as on every answer
        assertTrue(answer.contains("X-Frame-Options: DENY"), answer);
        assertTrue(answer.contains("<h1>This is too large to send</h1>"), answer);
        assertTrue(answer.contains("larger than 10 MB"), answer);
        assertTrue(answer.contains("<html lang=\"en\">"), answer);
        assertEquals(accounts, Db.count("SELECT count(*) FROM account"));
    }

    @Test
    void thePageIsInTheVisitorsLanguage() throws IOException {
        String byHeader = announce("POST", "/signup", "Accept-Language: fr-FR,fr;q=0.9\r\n");
        assertTrue(byHeader.contains("<h1>C’est trop volumineux pour être envoyé</h1>"), byHeader);
        assertTrue(byHeader.contains("dépasse 10 Mo"), byHeader);
        assertTrue(byHeader.contains("<html lang=\"fr\">"), byHeader);

        String byCookie =
                announce("POST", "/login", "Accept-Language: en\r\nCookie: custodian_lang=fr\r\n");
        assertTrue(byCookie.startsWith("HTTP/1.1 413 "), byCookie);
        assertTrue(byCookie.contains("<html lang=\"fr\">"), byCookie);
    }

    @Test
    void anApiCallOverTheLimitGetsAProblem() throws IOException {
        String answer =
                announce(
                        "POST",
                        "/api/v1/accounts/00000000-0000-0000-0000-000000000000/products",
                        "Content-Type: application/json\r\nAuthorization: Bearer nonsense\r\n");

        assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
        assertTrue(answer.contains("content-type: application/problem+json"), answer);
        assertTrue(answer.contains("cache-control: no-store"), answer);
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        assertEquals(
                "{\"type\":\"urn:custodian:problem:body-too-large\","
                        + "\"title\":\"The request body is too large\",\"status\":413,"
                        + "\"detail\":\"The body of a call may be at most 10 MB; none of this one"
                        + " was read.\"}",
                body);
    }

    /**
     * No browser sends a form in chunks (it knows the length): a script that does is stopped by
     * Quarkus as the bytes pass the limit, with a bare 413, and nothing of it is kept.
     */
    @Test
    void aFormSentInChunksIsStoppedAtTheLimit() throws IOException {
        long accounts = Db.count("SELECT count(*) FROM account");
        try (Socket socket = new Socket("localhost", TestPorts.HTTP)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(
                    ("POST /signup HTTP/1.1\r\nHost: localhost\r\n"
                                    + "Content-Type: application/x-www-form-urlencoded\r\n"
                                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                            .getBytes(ISO_8859_1));
            // fields of 64 KB, each within the limit on a field: only the whole is too large
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'a');
            chunk[0] = 'f';
            chunk[1] = '=';
            chunk[chunk.length - 1] = '&';
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            try {
                for (int i = 0; i < 11 * 16; i++) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(ISO_8859_1));
                    out.write(chunk);
                    out.write("\r\n".getBytes(ISO_8859_1));
                }
                out.write("0\r\n\r\n".getBytes(ISO_8859_1));
                out.flush();
            } catch (IOException closedWhileSending) {
                // the server may answer and close before the last chunk: what it said is read below
            }
            socket.getInputStream().transferTo(received);
            String answer = received.toString(UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
            assertFalse(answer.contains("Exception"), answer);
        }
        assertEquals(accounts, Db.count("SELECT count(*) FROM account"));
    }

    @Test
    void aFieldOverItsOwnLimitGetsThePageWithoutALimitItDidNotPass() {
        String page =
                given().contentType("application/x-www-form-urlencoded")
                        .body("email=" + "a".repeat(101 * 1024) + "&password=x")
                        .post("/login")
                        .then()
                        .statusCode(413)
                        .extract()
                        .asString();
        assertTrue(page.contains("<h1>This is too large to send</h1>"), page);
        assertFalse(page.contains("10 MB"), page);
    }

    @Test
    void aBodyWithinTheLimitsIsNotTouched() {
        // a sign-in of 90 KB is refused for what it says, not for its size
        given().redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .body("email=" + "a".repeat(90 * 1024) + "&password=x")
                .post("/login")
                .then()
                .statusCode(not(413));
    }
}
