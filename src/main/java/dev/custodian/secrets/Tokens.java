package dev.custodian.secrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random bearer tokens (session cookies, emailed links) and the hash under which they are stored.
 */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** 256 bits. */
    private static final int TOKEN_BYTES = 32;

    private Tokens() {}

    /** A new URL-safe token of 256 random bits. */
    public static String random() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 as hex: enough for a random token, which has no dictionary to guess from. */
    public static String sha256(String token) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
