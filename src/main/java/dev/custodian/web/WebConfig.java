package dev.custodian.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What the web shell reads, and the features share through it: the portal's public URL and the
 * session cookie's name and Secure flag. The session's timeouts are {@code auth}'s ({@code
 * AuthConfig}); {@code web} cannot depend on {@code auth}, which owns the rest of {@code
 * custodian.session.*}.
 */
@ConfigMapping(prefix = "custodian")
public interface WebConfig {

    /**
     * {@code custodian.base-url}: the portal's public URL; links in mails start with it (after
     * {@link BaseUrl#of}), redirects point at it (PrivateResponses) and mails' Message-IDs end with
     * its host. Default {@code http://localhost:8080}; the test port in tests; production requires
     * {@code CUSTODIAN_BASE_URL}.
     */
    @WithDefault("http://localhost:8080")
    String baseUrl();

    /** {@code custodian.session.*}: the session cookie as every cookie-writing page sees it. */
    Session session();

    interface Session {

        /**
         * {@code custodian.session.cookie-name}: the session cookie's name. Default {@code
         * custodian_session}; production's is {@code __Host-custodian_session}, a prefix browsers
         * accept only over HTTPS.
         */
        @WithDefault("custodian_session")
        String cookieName();

        /**
         * {@code custodian.session.secure-cookie}: whether the session cookie, and the portal's
         * other cookies (flash, language, cookie choice, pending identity), carry Secure. Default
         * {@code false}; {@code true} in production.
         */
        @WithDefault("false")
        boolean secureCookie();
    }
}
