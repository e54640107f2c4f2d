package dev.custodian.account;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Asks a Pwned Passwords-style range API whether a password is among leaked ones, by k-anonymity:
 * only the first 5 hex digits of its SHA-1 leave, and the answer lists every leaked hash under that
 * prefix, padded with count-0 entries so that its size does not tell which. Off unless {@code
 * custodian.password.breach-check-url} is set. It fails open: when the API cannot answer the
 * password is not refused for it, so that an outage never stops sign-up or a reset.
 */
@Singleton
public class BreachedPasswordCheck {

    private static final Logger LOG = Logger.getLogger(BreachedPasswordCheck.class);
    private static final int PREFIX_LENGTH = 5;
    private static final Pattern ENTRY = Pattern.compile("[0-9A-F]{35}:\\d{1,18}");

    private final Optional<String> url;
    private final Duration timeout;
    private final HttpClient http;

    @Inject
    BreachedPasswordCheck(PasswordConfig config) {
        this(config.breachCheckUrl(), config.breachCheckTimeout());
    }

    BreachedPasswordCheck(Optional<String> url, Duration timeout) {
        this.url = url;
        url.ifPresent(URI::create); // a malformed URL stops start-up, not a sign-up
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /**
     * Whether the range API lists this password; false when none is configured or it cannot tell.
     */
    public boolean breached(String password) {
        if (url.isEmpty()) {
            return false;
        }
        String hash = sha1Hex(password);
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(url.get() + hash.substring(0, PREFIX_LENGTH)))
                        .timeout(timeout)
                        .header("Add-Padding", "true")
                        .header("User-Agent", "Custodian account portal")
                        .GET()
                        .build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                return failOpen("HTTP " + answer.statusCode());
            }
            List<String> entries =
                    answer.body().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (entries.isEmpty() || !entries.stream().allMatch(e -> ENTRY.matcher(e).matches())) {
                return failOpen("an answer that is not SUFFIX:COUNT lines");
            }
            // padding entries have the count 0
            String suffix = hash.substring(PREFIX_LENGTH) + ":";
            return entries.stream()
                    .anyMatch(
                            e ->
                                    e.startsWith(suffix)
                                            && Long.parseLong(e.substring(suffix.length())) > 0);
        } catch (IOException e) {
            return failOpen(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failOpen("interrupted");
        }
    }

    /** One line, naming neither the password nor its hash, and no stack trace. */
    private static boolean failOpen(String reason) {
        LOG.warn(
                "Breached-password range check failed ("
                        + reason
                        + "): the new password was accepted without it");
        return false;
    }

    static String sha1Hex(String password) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-1")
                            .digest(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
