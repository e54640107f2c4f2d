package dev.custodian.manifest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The example deployment examples/000-hosting, booted and checked through its pages. */
@QuarkusTest
@TestProfile(ExampleHostingTest.Profile.class)
class ExampleHostingTest extends ExampleDeploymentTest {

    public static class Profile extends Example {
        @Override
        String folder() {
            return "000-hosting";
        }
    }

    @Override
    String folder() {
        return "000-hosting";
    }
}
