package dev.custodian.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.testing.Accounts;
import dev.custodian.testing.Browser;
import dev.custodian.testing.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input no browser sends: each gets a 4xx page, never a 500 and never an exception's text. Sent
 * over a plain socket, since HTTP clients refuse to send most of it.
 */
@QuarkusTest
class MalformedRequestTest {

    /** What came back: the status and the whole response. */
    private record Answer(int status, String text) {

        void isRefused() {
            assertTrue(status >= 400 && status < 500, text);
            assertFalse(text.contains("Exception"), text);
        }

        void isNotAnError() {
            assertTrue(status < 500, text);
            assertFalse(text.contains("Exception"), text);
        }
    }

    private static Answer send(String method, String target, String headers, byte[] body)
            throws IOException {
        String text =
                RawHttp.exchange(
                        method
                                + " "
                                + target
                                + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                                + headers
                                + "Content-Length: "
                                + body.length
                                + "\r\n",
                        body);
        return new Answer(Integer.parseInt(text.substring(9, 12)), text);
    }

    private static Answer get(String target, String cookie) throws IOException {
        return send(
                "GET",
                target,
                cookie == null ? "" : "Cookie: custodian_session=" + cookie + "\r\n",
                new byte[0]);
    }

    private static Answer postForm(String target, String contentType, String body)
            throws IOException {
        return send("POST", target, "Content-Type: " + contentType + "\r\n", body.getBytes(UTF_8));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/p/ab%00cd",
                "/p/%G1%",
                "/people?q=a%00b",
                "/people?q=%",
                "/people?q=%G1%",
                "/people?page=2147483647",
                "/people?page=-2147483648",
                "/people?page=99999999999",
                "/people?page=abc",
                "/login?next=%G1%",
                "/login?next=%00",
                "/admin/accounts?email=a%00b",
                "/admin/accounts?email=%E0%A4%A",
                "/account/activity?page=2147483647"
            })
    void oddPathsAndQueriesAreRefusedOrAnswered(String target) throws IOException {
        Browser admin = Accounts.signedInAdmin();
        get(target, admin.cookie("custodian_session")).isNotAnError();
        get(target, null).isNotAnError();
    }

    @Test
    void aCsrfTokenThatIsNotBase64IsRefused() throws IOException {
        Browser browser = new Browser();
        browser.get("/login");
        String cookies = "Cookie: custodian_csrf=" + browser.cookie("custodian_csrf") + "\r\n";
        for (String token :
                new String[] {"%25%25not+base64!!", "a%00b", "%E2%82%AC%E2%82%AC", ""}) {
            send(
                            "POST",
                            "/login",
                            cookies + "Content-Type: application/x-www-form-urlencoded\r\n",
                            ("csrf-token=" + token + "&email=a%40b.c&password=x").getBytes(UTF_8))
                    .isRefused();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "--b\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nab",
                "garbage that is not multipart at all",
                "--b--\r\n",
                "--b\r\nContent-Disposition: form-data\r\n\r\n"
            })
    void aBrokenMultipartBodyIsRefused(String body) throws IOException {
        postForm("/login", "multipart/form-data; boundary=b", body).isRefused();
        postForm("/signup", "multipart/form-data", body).isRefused();
    }

    @Test
    void moreThanAThousandParametersAreRefused() throws IOException {
        String parameters =
                IntStream.range(0, 1500)
                        .mapToObj(i -> "p" + i + "=v")
                        .collect(Collectors.joining("&"));
        postForm("/login", "application/x-www-form-urlencoded", parameters).isRefused();
        get("/login?" + parameters, null).isNotAnError();
    }

    @Test
    void anUnknownCharsetIsRefused() throws IOException {
        postForm("/login", "application/x-www-form-urlencoded; charset=bogus", "email=a")
                .isRefused();
        postForm("/signup", "application/x-www-form-urlencoded; charset=\"", "email=a").isRefused();
    }

    @Test
    void aBadPercentEscapeInAFormIsRefused() throws IOException {
        postForm("/login", "application/x-www-form-urlencoded", "email=%G1%&password=x")
                .isRefused();
        postForm("/signup", "application/x-www-form-urlencoded", "email=%").isRefused();
    }

    @Test
    void aNulInAFormFieldIsNotAnError() {
        Browser browser = new Browser();
        int status =
                browser.submit(
                                "/login",
                                "/login",
                                java.util.Map.of("email", "a\u0000@example.com", "password", "x"))
                        .statusCode();
        assertTrue(status < 500, "status " + status);
    }
}
