package dev.custodian.product;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "custodian")
public interface ProductConfig {

    /**
     * {@code custodian.billing-contact}: whom a user with a suspended product is told to contact to
     * settle it. Default {@code billing@custodian.localhost}; production's is {@code
     * CUSTODIAN_BILLING_CONTACT}, when set.
     */
    @WithDefault("billing@custodian.localhost")
    String billingContact();
}
