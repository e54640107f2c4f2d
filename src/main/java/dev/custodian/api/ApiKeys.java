package dev.custodian.api;

import dev.custodian.auth.RateLimiter;
import dev.custodian.secrets.Tokens;
import dev.custodian.web.ClientInfo;
import dev.custodian.web.TooManyRequestsException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The API's keys: made and revoked by admins, and checked on every call. A key reads {@code
 * cus_<prefix>_<secret>}: the prefix finds its row, the SHA-256 of the whole key must match the
 * stored one. Each use is rate-limited per key and counted on the key (last use and number of uses,
 * no per-call log: a row per call would cost more than the call itself).
 */
@Singleton
public class ApiKeys {

    /** A key just made: the only moment its secret is known. */
    public record NewKey(ApiKey key, String secret) {}

    static final String KEY_START = "cus_";
    private static final int PREFIX_LENGTH = 10;
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final RateLimiter limiter;
    private final ApiConfig config;
    private final ClientInfo client;
    private final Clock clock;

    ApiKeys(RateLimiter limiter, ApiConfig config, ClientInfo client, Clock clock) {
        this.limiter = limiter;
        this.config = config;
        this.client = client;
        this.clock = clock;
    }

    @Transactional
    public List<ApiKey> all() {
        return ApiKey.newestFirst();
    }

    /** A new key, valid until {@code expiresAt} (or until revoked, when null). */
    @Transactional
    public NewKey create(String name, Set<ApiScope> scopes, Instant expiresAt) {
        // 40 random bits in hex: short enough to read in a log, long enough never to repeat
        String prefix = Tokens.sha256(Tokens.random()).substring(0, PREFIX_LENGTH);
        String secret = KEY_START + prefix + "_" + Tokens.random();
        ApiKey key = new ApiKey();
        key.name = name;
        key.prefix = prefix;
        key.secretHash = Tokens.sha256(secret);
        key.setScopes(scopes);
        key.createdAt = clock.instant();
        key.expiresAt = expiresAt;
        key.persist();
        return new NewKey(key, secret);
    }

    /** Revokes a key at once; false when there is no such key. */
    @Transactional
    public boolean revoke(UUID id) {
        ApiKey key = ApiKey.findById(id);
        if (key == null) {
            return false;
        }
        if (key.revokedAt == null) {
            key.revokedAt = clock.instant();
        }
        return true;
    }

    /**
     * The key an {@code Authorization: Bearer} header carries, if it is usable and has {@code
     * scope}: otherwise 401 (missing, wrong, revoked, expired) or 403 (out of scope). Must be
     * called outside a transaction: the rate limiter and the use count commit on their own.
     */
    ApiKey require(String authorization, ApiScope scope) {
        Instant now = clock.instant();
        Optional<ApiKey> found = presented(authorization).filter(k -> k.usableAt(now));
        if (found.isEmpty()) {
            // a key cannot be guessed, but trying costs a lookup: each address gets a few tries
            limit("api-refused:" + client.rateLimitKey(), config.refusalsPerAddressPerMinute());
            throw new ApiProblem(
                    ProblemType.UNAUTHENTICATED,
                    null,
                    null,
                    Map.of("WWW-Authenticate", ApiResponses.BEARER_CHALLENGE));
        }
        ApiKey key = found.get();
        limit("api-key:" + key.id, config.requestsPerMinute());
        QuarkusTransaction.requiringNew()
                .run(
                        () ->
                                ApiKey.update(
                                        "lastUsedAt = ?1, useCount = useCount + 1 where id = ?2",
                                        now,
                                        key.id));
        if (!key.scopeSet().contains(scope)) {
            throw new ApiProblem(
                    ProblemType.INSUFFICIENT_SCOPE,
                    scope.wireName,
                    null,
                    Map.of(
                            "WWW-Authenticate",
                            ApiResponses.BEARER_CHALLENGE
                                    + ", error=\"insufficient_scope\", scope=\""
                                    + scope.wireName
                                    + "\""));
        }
        return key;
    }

    private static Optional<ApiKey> presented(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String secret = authorization.substring(7).strip();
        int prefixEnd = KEY_START.length() + PREFIX_LENGTH;
        if (!secret.startsWith(KEY_START)
                || secret.length() <= prefixEnd
                || secret.charAt(prefixEnd) != '_') {
            return Optional.empty();
        }
        String hash = Tokens.sha256(secret);
        return ApiKey.byPrefix(secret.substring(KEY_START.length(), prefixEnd))
                .filter(
                        k ->
                                MessageDigest.isEqual(
                                        k.secretHash.getBytes(StandardCharsets.US_ASCII),
                                        hash.getBytes(StandardCharsets.US_ASCII)));
    }

    private void limit(String key, long perMinute) {
        try {
            limiter.consume(key, perMinute, MINUTE);
        } catch (TooManyRequestsException e) {
            throw new ApiProblem(
                    ProblemType.TOO_MANY_REQUESTS,
                    null,
                    null,
                    Map.of("Retry-After", Long.toString(e.retryAfterSeconds())));
        }
    }
}
