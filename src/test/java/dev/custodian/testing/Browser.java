package dev.custodian.testing;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hamcrest.Matcher;

/**
 * A browser for tests: keeps cookies like a real one, does not follow redirects (tests assert
 * them), and submits forms the way a person does, with the CSRF token the page carried.
 */
public class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private final Map<String, String> headers = new HashMap<>();

    public Browser header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Response get(String path) {
        return remember(request().get(path));
    }

    /**
     * Opens {@code page}, then posts {@code fields} and the page's CSRF token to {@code action}.
     */
    public Response submit(String page, String action, Map<String, String> fields) {
        return submit(page, action, fields, "", List.of());
    }

    /**
     * As {@link #submit(String, String, Map)}, with {@code name} once for each of {@code values},
     * as a group of checkboxes sends it.
     */
    public Response submit(
            String page,
            String action,
            Map<String, String> fields,
            String name,
            List<String> values) {
        String html = get(page).asString();
        java.util.regex.Matcher token = CSRF.matcher(html);
        if (!token.find()) {
            throw new AssertionError("No CSRF token on " + page);
        }
        List<Map.Entry<String, String>> sent = new ArrayList<>(fields.entrySet());
        values.forEach(value -> sent.add(Map.entry(name, value)));
        sent.add(Map.entry("csrf-token", token.group(1)));
        return post(action, sent);
    }

    /**
     * Opens {@code page}, then posts a multipart form to {@code action}: the page's CSRF token and
     * {@code file} as the part {@code name}, with the file name and type a browser would send.
     */
    public Response upload(
            String page, String action, String name, String fileName, String type, byte[] file) {
        java.util.regex.Matcher token = CSRF.matcher(get(page).asString());
        if (!token.find()) {
            throw new AssertionError("No CSRF token on " + page);
        }
        return remember(
                request()
                        .multiPart("csrf-token", token.group(1))
                        .multiPart(name, fileName, file, type)
                        .post(action));
    }

    /** As {@link #upload}, with no token: for testing what is refused. */
    public Response uploadWithoutToken(
            String action, String name, String fileName, String type, byte[] file) {
        return remember(request().multiPart(name, fileName, file, type).post(action));
    }

    /** Posts exactly {@code fields}, with no token added: for testing what is refused. */
    public Response post(String action, Map<String, String> fields) {
        return post(action, List.copyOf(fields.entrySet()));
    }

    private Response post(String action, List<Map.Entry<String, String>> fields) {
        String body =
                fields.stream()
                        .map(
                                f ->
                                        URLEncoder.encode(f.getKey(), UTF_8)
                                                + "="
                                                + URLEncoder.encode(f.getValue(), UTF_8))
                        .collect(Collectors.joining("&"));
        return remember(
                request()
                        .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                        .body(body)
                        .post(action));
    }

    /** Matches a Location header that leads to {@code path} on the application under test. */
    public static Matcher<String> redirectsTo(String path) {
        return anyOf(equalTo(path), equalTo("http://localhost:" + RestAssured.port + path));
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    private RequestSpecification request() {
        // Paths are given already encoded, as a browser would send them.
        return given().urlEncodingEnabled(false)
                .redirects()
                .follow(false)
                .cookies(cookies)
                .headers(headers);
    }

    private Response remember(Response response) {
        for (Cookie cookie : response.getDetailedCookies()) {
            if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
        return response;
    }
}
