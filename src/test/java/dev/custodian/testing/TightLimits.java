package dev.custodian.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Rate limits that a few calls reach, which the other tests raise: the per-address limits of
 * sign-in and sign-up at their production defaults ({@code AddressRateLimitTest}), and API limits
 * of three calls a minute ({@code ApiRateLimitTest}). One profile for the two, because every
 * profile is one more build and start of the application in each test run.
 */
public class TightLimits implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "custodian.rate-limit.login-per-address-per-minute", "10",
                "custodian.rate-limit.signup-per-address-per-hour", "20",
                "custodian.api.requests-per-minute", "3",
                "custodian.api.refusals-per-address-per-minute", "3");
    }
}
