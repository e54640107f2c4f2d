package dev.custodian.manifest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The example deployment examples/004-pianeojobs, booted and checked through its pages. */
@QuarkusTest
@TestProfile(ExamplePianeojobsTest.Profile.class)
class ExamplePianeojobsTest extends ExampleDeploymentTest {

    public static class Profile extends Example {
        @Override
        String folder() {
            return "004-pianeojobs";
        }
    }

    @Override
    String folder() {
        return "004-pianeojobs";
    }
}
