package dev.custodian.manifest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The example deployment examples/003-french-gdpr, booted and checked through its pages. */
@QuarkusTest
@TestProfile(ExampleFrenchGdprTest.Profile.class)
class ExampleFrenchGdprTest extends ExampleDeploymentTest {

    public static class Profile extends Example {
        @Override
        String folder() {
            return "003-french-gdpr";
        }
    }

    @Override
    String folder() {
        return "003-french-gdpr";
    }
}
