package dev.custodian.oidc;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "custodian.oidc")
public interface OidcConfig {

    /** Whether "Continue with ..." is offered; set together with quarkus.oidc.tenant-enabled. */
    @WithDefault("false")
    boolean enabled();

    /** The provider's name on the buttons, such as "Acme SSO". */
    String displayName();
}
