package dev.custodian.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "custodian.rate-limit")
public interface RateLimitConfig {

    /** Sign-in attempts one client address may make in a minute. */
    @WithDefault("10")
    long loginPerAddressPerMinute();

    /** Sign-ups one client address may make in an hour. */
    @WithDefault("20")
    long signupPerAddressPerHour();

    /** Consecutive failures for one email before each further try has to wait. */
    @WithDefault("5")
    int failuresBeforeDelay();

    /** The longest wait between tries: slow for a guesser, short for the real user. */
    @WithDefault("60s")
    Duration maxDelay();

    /** Consecutive failures after which the account needs a password reset (SP 800-63B-4: 100). */
    @WithDefault("100")
    int failuresBeforeReset();
}
