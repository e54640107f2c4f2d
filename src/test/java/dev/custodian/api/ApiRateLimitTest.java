package dev.custodian.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.custodian.testing.TightLimits;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** Limits low enough to reach in a few calls (a bucket refills over a minute). */
@QuarkusTest
@TestProfile(TightLimits.class)
class ApiRateLimitTest {

    @Test
    void aKeyOverItsLimitGets429WithRetryAfterWhileAnotherKeyGoesOn() {
        String key = Api.key(ApiScope.ACCOUNTS_READ);
        for (int i = 0; i < 3; i++) {
            Api.with(key).get("/api/v1/accounts/0").then().statusCode(404);
        }
        Api.with(key)
                .get("/api/v1/accounts/0")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:custodian:problem:too-many-requests"));
        Api.with(Api.key(ApiScope.ACCOUNTS_READ)).get("/api/v1/accounts/0").then().statusCode(404);
    }

    @Test
    void anAddressTryingWrongKeysGets429() {
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer cus_0123456789_wrong")
                    .get("/api/v1/accounts/0")
                    .then()
                    .statusCode(401);
        }
        given().header("Authorization", "Bearer cus_0123456789_wrong")
                .get("/api/v1/accounts/0")
                .then()
                .statusCode(429)
                .header("Retry-After", notNullValue());
    }
}
