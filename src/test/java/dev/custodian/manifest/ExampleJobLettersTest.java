package dev.custodian.manifest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The example deployment examples/002-job-letters, booted and checked through its pages. */
@QuarkusTest
@TestProfile(ExampleJobLettersTest.Profile.class)
class ExampleJobLettersTest extends ExampleDeploymentTest {

    public static class Profile extends Example {
        @Override
        String folder() {
            return "002-job-letters";
        }
    }

    @Override
    String folder() {
        return "002-job-letters";
    }
}
