package dev.custodian.communication;

import dev.custodian.secrets.Secrets;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * The token in an unsubscribe link: the account and the category, and an HMAC-SHA256 under {@code
 * custodian.secret} over both and the purpose. It never expires (a mail may be read years later)
 * and can do nothing but unsubscribe; nothing is stored, so any instance can check it. Form: {@code
 * <category id>.<account, base64url>.<hmac, base64url>}. Whether its category is still offered is
 * for the pages to say ({@link MarketingCategories}).
 */
@Singleton
public class UnsubscribeTokens {

    private static final String PURPOSE = "unsubscribe";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int MAX_LENGTH = 120;

    /** What a valid token stands for. */
    public record Subject(UUID accountId, Category category) {}

    private final Secrets secrets;

    public UnsubscribeTokens(Secrets secrets) {
        this.secrets = secrets;
    }

    public String create(UUID accountId, Category category) {
        String account = ENCODER.encodeToString(bytes(accountId));
        return category.id() + "." + account + "." + mac(category, account);
    }

    /** The account and category of a genuine token; empty for anything else. */
    public Optional<Subject> verify(String token) {
        if (token == null || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        Category category = new Category(parts[0]);
        if (!MessageDigest.isEqual(
                mac(category, parts[1]).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            ByteBuffer account = ByteBuffer.wrap(DECODER.decode(parts[1]));
            return account.remaining() == 16
                    ? Optional.of(
                            new Subject(new UUID(account.getLong(), account.getLong()), category))
                    : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private String mac(Category category, String account) {
        byte[] hmac =
                HexFormat.of().parseHex(secrets.keyedHash(PURPOSE, category.id() + "." + account));
        return ENCODER.encodeToString(hmac);
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16)
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .array();
    }
}
