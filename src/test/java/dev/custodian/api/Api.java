package dev.custodian.api;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/** Calls to the API with a key of the scopes a test needs (made by the service admins use). */
final class Api {

    private Api() {}

    /** A new key with these scopes. */
    static String key(ApiScope... scopes) {
        return Arc.container()
                .instance(ApiKeys.class)
                .get()
                .create("test " + UUID.randomUUID(), EnumSet.copyOf(List.of(scopes)), null)
                .secret();
    }

    /** A JSON request with this key. */
    static RequestSpecification with(String key) {
        return given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON);
    }

    /** A POST's request with this key and a fresh Idempotency-Key. */
    static RequestSpecification once(String key) {
        return with(key).header("Idempotency-Key", UUID.randomUUID().toString());
    }
}
