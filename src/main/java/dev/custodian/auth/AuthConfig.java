package dev.custodian.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Sessions, sign-in limits and the first admins. The session cookie's name and Secure flag are
 * {@code web}'s (WebConfig), which the pages that write cookies read too.
 */
@ConfigMapping(prefix = "custodian")
public interface AuthConfig {

    /**
     * {@code custodian.admin-emails}: the first admins, comma-separated. A verified account with
     * one of these addresses has the admin role, whatever its stored roles say. No default (none);
     * production's is {@code CUSTODIAN_ADMIN_EMAILS}.
     */
    Optional<List<String>> adminEmails();

    /** {@code custodian.session.*}: how long a session lasts. */
    Session session();

    /** {@code custodian.rate-limit.*}: how often a client address or an email may try. */
    RateLimit rateLimit();

    interface Session {

        /** {@code custodian.session.idle-timeout}: a session unused this long ends. Default 1h. */
        @WithDefault("1h")
        Duration idleTimeout();

        /**
         * {@code custodian.session.absolute-timeout}: a session ends this long after sign-in,
         * however active. Default 12h.
         */
        @WithDefault("12h")
        Duration absoluteTimeout();
    }

    interface RateLimit {

        /**
         * {@code custodian.rate-limit.login-per-address-per-minute}: sign-in attempts one client
         * address may make in a minute. Default 10; 10,000 in tests.
         */
        @WithDefault("10")
        long loginPerAddressPerMinute();

        /**
         * {@code custodian.rate-limit.signup-per-address-per-hour}: sign-ups one client address may
         * make in an hour. Default 20; 10,000 in tests.
         */
        @WithDefault("20")
        long signupPerAddressPerHour();

        /**
         * {@code custodian.rate-limit.failures-before-delay}: consecutive failures for one email
         * before each further try has to wait (1 s, 2 s, 4 s ...). Default 5.
         */
        @WithDefault("5")
        int failuresBeforeDelay();

        /**
         * {@code custodian.rate-limit.max-delay}: the longest wait between tries, slow for a
         * guesser, short for the real user. Default 60s.
         */
        @WithDefault("60s")
        Duration maxDelay();

        /**
         * {@code custodian.rate-limit.failures-before-reset}: consecutive failures after which the
         * account needs a password reset (SP 800-63B-4: 100). Default 100.
         */
        @WithDefault("100")
        int failuresBeforeReset();
    }
}
