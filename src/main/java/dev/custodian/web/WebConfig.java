package dev.custodian.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the web shell reads, and the features share through it: the portal's public URL. */
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
}
