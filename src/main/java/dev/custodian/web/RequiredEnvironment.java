package dev.custodian.web;

import io.smallrye.config.ConfigMapping;

/**
 * The environment variables production cannot run without. In the prod profile each value is
 * `${VARIABLE}` (application.properties), so that a missing one stops startup with SmallRye
 * Config's "Could not expand value VARIABLE", naming it, before anything fails less helpfully.
 * Other profiles set harmless placeholders.
 */
@ConfigMapping(prefix = "custodian.required")
public interface RequiredEnvironment {

    String dbUrl();

    String dbUser();

    String secret();

    String baseUrl();

    String smtpHost();

    String mailFrom();

    String encryptionKey();
}
