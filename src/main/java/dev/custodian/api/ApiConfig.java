package dev.custodian.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "custodian.api")
public interface ApiConfig {

    /**
     * {@code custodian.api.requests-per-minute}: the calls one key may make in a minute (a bucket
     * refilled over the minute, shared by every instance). Default 600.
     */
    @WithDefault("600")
    long requestsPerMinute();

    /**
     * {@code custodian.api.refusals-per-address-per-minute}: calls with a missing, wrong, revoked
     * or expired key one client address may make in a minute before it gets 429. Default 30.
     */
    @WithDefault("30")
    long refusalsPerAddressPerMinute();

    /**
     * {@code custodian.api.idempotency-retention}: how long the answer to a POST is kept for its
     * Idempotency-Key; a retry after it is a new request. Default 24h.
     */
    @WithDefault("24h")
    Duration idempotencyRetention();
}
