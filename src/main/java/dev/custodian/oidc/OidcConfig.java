package dev.custodian.oidc;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "custodian.oidc")
public interface OidcConfig {

    /**
     * {@code custodian.oidc.enabled}: whether "Continue with ..." is offered;
     * application.properties sets it and quarkus.oidc.tenant-enabled from {@code
     * CUSTODIAN_OIDC_ENABLED}. Default {@code false}.
     */
    @WithDefault("false")
    boolean enabled();

    /**
     * {@code custodian.oidc.display-name}: the provider's name on the buttons, such as "Acme SSO";
     * {@code CUSTODIAN_OIDC_NAME}, or "your organisation" (application.properties, which binds the
     * variable).
     */
    String displayName();
}
