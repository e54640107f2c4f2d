package dev.custodian.testing;

import java.util.HashMap;
import java.util.Map;

/** The configuration of a sign-in provider, as a test profile's overrides. */
public final class OidcProvider {

    private OidcProvider() {}

    /**
     * Sign-in with the provider at {@code authServerUrl}, shown as {@code displayName}, for the
     * client {@code clientId} with {@code secret}; with {@code more} overrides beside it.
     */
    public static Map<String, String> config(
            String displayName,
            String authServerUrl,
            String clientId,
            String secret,
            Map<String, String> more) {
        Map<String, String> config = new HashMap<>(more);
        config.put("quarkus.oidc.tenant-enabled", "true");
        config.put("custodian.oidc.enabled", "true");
        config.put("custodian.oidc.display-name", displayName);
        config.put("quarkus.oidc.auth-server-url", authServerUrl);
        config.put("quarkus.oidc.client-id", clientId);
        config.put("quarkus.oidc.credentials.secret", secret);
        return config;
    }
}
