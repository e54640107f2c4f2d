package dev.custodian.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The environment variables production cannot run without; README.md's first table (Configuration)
 * is their list and says what each is. Each method reads {@code custodian.required.NAME}, whose
 * {@code %prod} line in application.properties is {@code ${VARIABLE}}: a missing variable stops
 * startup with SmallRye Config's "Could not expand value VARIABLE", an empty one with "defined as
 * the empty String", each naming it, before anything fails less helpfully. Every method's default
 * is {@code not-needed}, which dev mode and tests, having no such lines, get. RequiredVariablesTest
 * checks that the table, these methods and those lines agree.
 */
@ConfigMapping(prefix = "custodian.required")
public interface RequiredEnvironment {

    @WithDefault("not-needed")
    String dbUrl();

    @WithDefault("not-needed")
    String dbUser();

    @WithDefault("not-needed")
    String secret();

    @WithDefault("not-needed")
    String baseUrl();

    @WithDefault("not-needed")
    String smtpHost();

    @WithDefault("not-needed")
    String mailFrom();

    @WithDefault("not-needed")
    String encryptionKey();

    @WithDefault("not-needed")
    String marketingFrom();

    @WithDefault("not-needed")
    String dkimPrivateKeyFile();

    @WithDefault("not-needed")
    String dkimSelector();

    @WithDefault("not-needed")
    String dkimDomain();
}
