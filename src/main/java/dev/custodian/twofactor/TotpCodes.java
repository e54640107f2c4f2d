package dev.custodian.twofactor;

import io.nayuki.qrcodegen.QrCode;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.jboss.aerogear.security.otp.Totp;
import org.jboss.aerogear.security.otp.api.Base32;

/**
 * RFC 6238 codes (SHA-1, 6 digits, 30 s). aerogear-otp-java computes a code for a given step; what
 * it lacks is here (shared/STACK.md): a 160-bit secret, a digits-only check before calling it, a
 * window of one step either side, the replay rule, and an otpauth URI with an issuer.
 */
@Singleton
public class TotpCodes {

    private static final int SECRET_BYTES = 20;
    private static final long STEP_SECONDS = 30;
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    /** A module of the QR code, in SVG user units; the quiet zone is four modules wide. */
    private static final int QUIET_ZONE = 4;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TotpCodes(Clock clock) {
        this.clock = clock;
    }

    /** A new random secret of 160 bits, Base32 (aerogear's own random() gives only 80). */
    String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Base32.encode(bytes);
    }

    /**
     * The step that {@code code} matches, within one step either side of now and after {@code
     * lastUsedStep}; empty when it matches none of them (wrong, expired or replayed).
     */
    OptionalLong match(String secret, String code, long lastUsedStep) {
        if (code == null || !SIX_DIGITS.matcher(code).matches()) {
            return OptionalLong.empty();
        }
        long now = currentStep();
        for (long step = now - 1; step <= now + 1; step++) {
            if (step > lastUsedStep
                    && MessageDigest.isEqual(
                            codeAt(secret, step).getBytes(StandardCharsets.US_ASCII),
                            code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    long currentStep() {
        return clock.instant().getEpochSecond() / STEP_SECONDS;
    }

    /** The code of one 30-second step; public for the browser journeys, which act as the app. */
    public static String codeAt(String secret, long step) {
        return new Totp(
                        secret,
                        new org.jboss.aerogear.security.otp.api.Clock() {
                            @Override
                            public long getCurrentInterval() {
                                return step;
                            }
                        })
                .now();
    }

    /**
     * The otpauth URI authenticator apps read from the QR code, with issuer (RFC 6238 apps'
     * convention): the brand's product name, the name the app lists the code under.
     */
    static String uri(String issuer, String secret, String accountName) {
        String label = encoded(issuer + ":" + accountName);
        return "otpauth://totp/"
                + label
                + "?secret="
                + secret
                + "&issuer="
                + encoded(issuer)
                + "&algorithm=SHA1&digits=6&period=30";
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The QR code of {@code text} as an SVG data URI, drawn on the server: no script, no other
     * host.
     */
    static String qrDataUri(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + QUIET_ZONE * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M')
                            .append(x + QUIET_ZONE)
                            .append(',')
                            .append(y + QUIET_ZONE)
                            .append("h1v1h-1z");
                }
            }
        }
        String svg =
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
                        + size
                        + " "
                        + size
                        + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
                        + path
                        + "\" fill=\"#000\"/></svg>";
        return "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }
}
