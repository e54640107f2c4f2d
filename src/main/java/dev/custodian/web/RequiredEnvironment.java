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

    /**
     * The sender of marketing mail, kept apart from service mail so that an unsubscribe never
     * touches it.
     */
    String marketingFrom();

    /**
     * Marketing mail is DKIM-signed (RFC 8058): the key file (PKCS#8, base64), selector and domain.
     */
    String dkimPrivateKeyFile();

    String dkimSelector();

    String dkimDomain();
}
