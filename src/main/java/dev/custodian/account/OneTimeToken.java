package dev.custodian.account;

import dev.custodian.secrets.Tokens;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A single-use token behind an emailed link. Only its SHA-256 is stored, so the table alone opens
 * nothing; it works once, for one purpose, until it expires.
 */
@Entity
public class OneTimeToken extends PanacheEntityBase {

    private static final int MAX_TOKEN_LENGTH = 100;

    @Id @GeneratedValue public UUID id;

    @Column(nullable = false)
    public UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TokenPurpose purpose;

    @Column(nullable = false)
    public String tokenHash;

    public String payload;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant expiresAt;

    public Instant usedAt;

    /** Stores a new token and returns its raw value, which exists only in the link. */
    public static String issue(UUID accountId, TokenPurpose purpose, Instant now) {
        return issue(accountId, purpose, now, (String) null);
    }

    /** Like {@link #issue(UUID, TokenPurpose, Instant)}, valid for as long as the company says. */
    public static String issue(
            UUID accountId, TokenPurpose purpose, Instant now, Duration validity) {
        return issue(accountId, purpose, now, null, validity);
    }

    /** Like {@link #issue(UUID, TokenPurpose, Instant)}, with data the link acts on. */
    public static String issue(UUID accountId, TokenPurpose purpose, Instant now, String payload) {
        return issue(accountId, purpose, now, payload, purpose.validity);
    }

    private static String issue(
            UUID accountId, TokenPurpose purpose, Instant now, String payload, Duration validity) {
        String token = Tokens.random();
        OneTimeToken stored = new OneTimeToken();
        stored.accountId = accountId;
        stored.purpose = purpose;
        stored.tokenHash = Tokens.sha256(token);
        stored.createdAt = now;
        stored.expiresAt = now.plus(validity);
        stored.payload = payload;
        stored.persist();
        return token;
    }

    /** The unused, unexpired token of this purpose behind {@code token}, or empty. */
    public static Optional<OneTimeToken> findUsable(
            String token, TokenPurpose purpose, Instant now) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        return find(
                        "tokenHash = ?1 and purpose = ?2 and usedAt is null and expiresAt > ?3",
                        Tokens.sha256(token),
                        purpose,
                        now)
                .firstResultOptional();
    }

    /** Ends every open token of this purpose, so that a newer link is the only one that works. */
    public static void revokeAll(UUID accountId, TokenPurpose purpose, Instant now) {
        update(
                "usedAt = ?1 where accountId = ?2 and purpose = ?3 and usedAt is null",
                now,
                accountId,
                purpose);
    }
}
