package dev.custodian.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.custodian.testing.Accounts;
import dev.custodian.testing.Db;
import dev.custodian.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ApiAuthenticationTest {

    @Inject ApiKeys keys;

    @Inject TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "Bearer",
                "Basic dXNlcjpwYXNz",
                "Bearer cus_",
                "Bearer cus_0123456789_not-a-key",
                "Bearer cus_0123456789"
            })
    void aMissingOrWrongKeyIsAskedForAKeyWithProblemDetails(String authorization) {
        var request = given();
        if (!authorization.isEmpty()) {
            request.header("Authorization", authorization);
        }
        request.get("/api/v1/accounts?email=someone@example.com")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .header("Cache-Control", "no-store")
                .body("status", equalTo(401))
                .body("type", equalTo("urn:custodian:problem:unauthenticated"))
                .body("title", equalTo("A valid API key is needed"))
                .body(not(containsString("Exception")));
    }

    @Test
    void aKeyWithAnotherKeysSecretIsRefused() {
        String one = Api.key(ApiScope.ACCOUNTS_READ);
        String other = Api.key(ApiScope.ACCOUNTS_READ);
        String forged = one.substring(0, 15) + other.substring(15);
        given().header("Authorization", "Bearer " + forged)
                .get("/api/v1/accounts?email=someone@example.com")
                .then()
                .statusCode(401);
    }

    @Test
    void aSessionCookieIsNoKeyAndIsNeverSentToTheSignInPage() {
        var user = Accounts.signedInUser();
        user.browser().get("/api/v1/accounts/" + user.id()).then().statusCode(401);
    }

    @Test
    void aRevokedKeyIsRefusedAtOnce() {
        ApiKeys.NewKey made = keys.create("revoked", EnumSet.of(ApiScope.ACCOUNTS_READ), null);
        String email = Accounts.signUp(new dev.custodian.testing.Browser());
        Api.with(made.secret()).get("/api/v1/accounts?email=" + email).then().statusCode(200);

        keys.revoke(made.key().id);

        Api.with(made.secret()).get("/api/v1/accounts?email=" + email).then().statusCode(401);
    }

    @Test
    void anExpiredKeyIsRefused() {
        clock.freeze();
        ApiKeys.NewKey made =
                keys.create(
                        "expiring",
                        EnumSet.of(ApiScope.ACCOUNTS_READ),
                        clock.instant().plus(Duration.ofDays(1)));
        String email = Accounts.signUp(new dev.custodian.testing.Browser());
        Api.with(made.secret()).get("/api/v1/accounts?email=" + email).then().statusCode(200);

        clock.advance(Duration.ofDays(1));

        Api.with(made.secret()).get("/api/v1/accounts?email=" + email).then().statusCode(401);
    }

    @Test
    void eachKeyReachesOnlyWhatItsScopesAllow() {
        var user = Accounts.signedInUser();
        String reader = Api.key(ApiScope.ACCOUNTS_READ);
        String products = Api.key(ApiScope.PRODUCTS_WRITE);
        String product =
                """
                {"accountId": "%s", "name": "Hosting", "kind": "Hosting", "status": "ACTIVE",
                 "startedOn": "2026-01-01"}"""
                        .formatted(user.id());
        String invoice =
                """
                {"accountId": "%s", "number": "SCOPE-%s", "amount": "10.00", "currency": "EUR",
                 "issuedOn": "2026-01-01", "billingName": "A", "billingAddress": "B"}"""
                        .formatted(user.id(), user.id());
        String disclosure =
                """
                {"accountId": "%s", "recipient": "Court", "purpose": "Order",
                 "legalBasis": "LEGAL_OBLIGATION", "dataCategories": "Name",
                 "disclosedOn": "2026-01-01", "notifyNow": false}"""
                        .formatted(user.id());

        outOfScope(
                Api.with(reader).body(product).put("/api/v1/products/scope-" + user.id()),
                "products:write");
        outOfScope(Api.once(reader).body(invoice).post("/api/v1/invoices"), "invoices:write");
        outOfScope(Api.once(products).body(invoice).post("/api/v1/invoices"), "invoices:write");
        outOfScope(
                Api.once(products).body(disclosure).post("/api/v1/disclosures"),
                "disclosures:write");
        outOfScope(Api.with(products).get("/api/v1/accounts/" + user.id()), "accounts:read");

        assertEquals(
                0L,
                Db.inTransaction(
                        () -> dev.custodian.product.Product.count("accountId", user.id())));
        assertEquals(
                0L,
                Db.inTransaction(
                        () -> dev.custodian.product.Invoice.count("accountId", user.id())));
        assertEquals(
                0L,
                Db.inTransaction(
                        () -> dev.custodian.privacy.Disclosure.count("accountId", user.id())));
        Api.with(reader).get("/api/v1/accounts/" + user.id()).then().statusCode(200);
        Api.with(products)
                .body(product)
                .put("/api/v1/products/scope-" + user.id())
                .then()
                .statusCode(201);
    }

    private static void outOfScope(Response response, String scope) {
        response.then()
                .statusCode(403)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("insufficient_scope"))
                .header("WWW-Authenticate", containsString("scope=\"" + scope + "\""))
                .body("type", equalTo("urn:custodian:problem:insufficient-scope"))
                .body("detail", equalTo(scope));
    }

    @Test
    void everyUseIsCountedAndTheLastOneDated() {
        ApiKeys.NewKey made = keys.create("counted", EnumSet.of(ApiScope.PRODUCTS_WRITE), null);
        Api.with(made.secret()).get("/api/v1/accounts/" + made.key().id).then().statusCode(403);
        Api.with(made.secret()).get("/api/v1/accounts/" + made.key().id).then().statusCode(403);

        ApiKey key = Db.inTransaction(() -> ApiKey.findById(made.key().id));
        assertEquals(2, key.useCount);
        assertNotNull(key.lastUsedAt);
    }

    @Test
    void findsAnAccountByEmailOrIdWithOnlyWhatTheIntegrationNeeds() {
        var user = Accounts.signedInUser();
        String key = Api.key(ApiScope.ACCOUNTS_READ);
        for (String path :
                new String[] {
                    "/api/v1/accounts?email=" + user.email(), "/api/v1/accounts/" + user.id()
                }) {
            Map<String, Object> account =
                    Api.with(key).get(path).then().statusCode(200).extract().jsonPath().getMap("");
            assertEquals(
                    Map.of(
                            "id",
                            user.id().toString(),
                            "status",
                            "ACTIVE",
                            "email",
                            user.email(),
                            "language",
                            "en"),
                    account);
        }
        Api.with(key)
                .get("/api/v1/accounts?email=nobody-" + user.id() + "@example.com")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        Api.with(key).get("/api/v1/accounts/not-an-id").then().statusCode(404);
        Api.with(key)
                .get("/api/v1/accounts")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("email"));
    }
}
