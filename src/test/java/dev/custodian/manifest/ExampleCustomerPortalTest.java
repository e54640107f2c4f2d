package dev.custodian.manifest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The example deployment examples/001-customer-portal, booted and checked through its pages. */
@QuarkusTest
@TestProfile(ExampleCustomerPortalTest.Profile.class)
class ExampleCustomerPortalTest extends ExampleDeploymentTest {

    public static class Profile extends Example {
        @Override
        String folder() {
            return "001-customer-portal";
        }
    }

    @Override
    String folder() {
        return "001-customer-portal";
    }
}
