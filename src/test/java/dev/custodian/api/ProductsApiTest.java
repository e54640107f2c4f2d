package dev.custodian.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.account.Account;
import dev.custodian.account.AccountStatus;
import dev.custodian.closure.ClosureService;
import dev.custodian.product.Product;
import dev.custodian.product.ProductStatus;
import dev.custodian.testing.Accounts;
import dev.custodian.testing.Accounts.User;
import dev.custodian.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ProductsApiTest {

    @Inject ClosureService closure;

    private static String product(UUID account, String status) {
        return """
                {"accountId": "%s", "name": "Web hosting M", "kind": "Hosting",
                 "status": "%s", "startedOn": "2026-03-01"}"""
                .formatted(account, status);
    }

    private static String path() {
        return "/api/v1/products/hosting-" + UUID.randomUUID();
    }

    @Test
    void aPutCreatesTheProductAndTheSamePutAgainChangesNothing() {
        User user = Accounts.signedInUser();
        String key = Api.key(ApiScope.PRODUCTS_WRITE);
        String path = path();

        Api.with(key)
                .body(product(user.id(), "ACTIVE"))
                .put(path)
                .then()
                .statusCode(201)
                .header("Location", containsString(path))
                .header("Cache-Control", "no-store")
                .body("status", equalTo("ACTIVE"))
                .body("startedOn", equalTo("2026-03-01"));
        Api.with(key).body(product(user.id(), "ACTIVE")).put(path).then().statusCode(200);

        List<Product> products = Db.inTransaction(() -> Product.ofAccount(user.id()));
        assertEquals(1, products.size());
        assertEquals("Web hosting M", products.get(0).name);
        user.browser().get("/account/products").then().body(containsString("Web hosting M"));
    }

    @Test
    void aTerminationKeepsItsEndDateWhenSentAgain() {
        User user = Accounts.signedInUser();
        String key = Api.key(ApiScope.PRODUCTS_WRITE);
        String path = path();
        Api.with(key).body(product(user.id(), "ACTIVE")).put(path).then().statusCode(201);
        String ended =
                """
                {"accountId": "%s", "name": "Web hosting M", "kind": "Hosting",
                 "status": "TERMINATED", "startedOn": "2026-03-01", "endedOn": "2026-04-30"}"""
                        .formatted(user.id());
        Api.with(key)
                .body(ended)
                .put(path)
                .then()
                .statusCode(200)
                .body("endedOn", equalTo("2026-04-30"));
        Api.with(key)
                .body(product(user.id(), "TERMINATED"))
                .put(path)
                .then()
                .statusCode(200)
                .body("endedOn", equalTo("2026-04-30"));
    }

    @Test
    void theClosureGateFollowsTheApi() {
        User user = Accounts.signedInUser();
        String key = Api.key(ApiScope.PRODUCTS_WRITE);
        String path = path();

        Api.with(key).body(product(user.id(), "ACTIVE")).put(path).then().statusCode(201);
        user.browser()
                .submit("/account/close", "/account/close/review", Map.of("when", "later"))
                .then()
                .statusCode(409);
        Api.with(key).body(product(user.id(), "SUSPENDED")).put(path).then().statusCode(200);
        user.browser()
                .submit("/account/close", "/account/close/review", Map.of("when", "later"))
                .then()
                .statusCode(409);

        Api.with(key).body(product(user.id(), "TERMINATED")).put(path).then().statusCode(200);
        user.browser()
                .submit("/account/close", "/account/close/review", Map.of("when", "later"))
                .then()
                .statusCode(200);
        user.browser()
                .submit("/account/close", "/account/close/confirm", Map.of("when", "later"))
                .then()
                .statusCode(303);
        assertEquals(
                AccountStatus.CLOSED,
                Db.inTransaction(() -> Account.<Account>findById(user.id()).status));

        // a closed account gains no open product, new or old; an ended one may be sent again
        Api.with(key)
                .body(product(user.id(), "ACTIVE"))
                .put(path)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:custodian:problem:account-not-active"));
        Api.with(key).body(product(user.id(), "ACTIVE")).put(path()).then().statusCode(409);
        Api.with(key).body(product(user.id(), "TERMINATED")).put(path()).then().statusCode(409);
        Api.with(key).body(product(user.id(), "TERMINATED")).put(path).then().statusCode(200);
        assertEquals(
                List.of(ProductStatus.TERMINATED),
                Db.inTransaction(
                        () -> Product.ofAccount(user.id()).stream().map(p -> p.status).toList()));
    }

    @Test
    void anotherAccountsProductIdIsRefused() {
        User owner = Accounts.signedInUser();
        User other = Accounts.signedInUser();
        String key = Api.key(ApiScope.PRODUCTS_WRITE);
        String path = path();
        Api.with(key).body(product(owner.id(), "ACTIVE")).put(path).then().statusCode(201);

        Api.with(key)
                .body(product(other.id(), "TERMINATED"))
                .put(path)
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:custodian:problem:other-account"));

        assertEquals(0, Db.inTransaction(() -> Product.ofAccount(other.id())).size());
        assertEquals(
                ProductStatus.ACTIVE,
                Db.inTransaction(() -> Product.ofAccount(owner.id()).get(0).status));
    }

    @Test
    void anUnknownAccountIs404() {
        Api.with(Api.key(ApiScope.PRODUCTS_WRITE))
                .body(product(UUID.randomUUID(), "ACTIVE"))
                .put(path())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void everyBadFieldIsNamedAtOnceAndNothingIsStored() {
        User user = Accounts.signedInUser();
        String path = path();
        String body =
                """
                {"accountId": "not-an-id", "name": "", "kind": 12, "status": "CANCELLED",
                 "startedOn": "2026-02-30", "endedOn": "2026-01-01", "colour": "blue"}""";

        Api.with(Api.key(ApiScope.PRODUCTS_WRITE))
                .body(body)
                .put(path)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:custodian:problem:invalid-fields"))
                .body("status", equalTo(422))
                .body(
                        "errors.field",
                        hasItems("accountId", "name", "kind", "status", "startedOn", "colour"))
                .body(
                        "errors.find { it.field == 'status' }.message",
                        containsString("ACTIVE, SUSPENDED, TERMINATED"))
                .body("errors.find { it.field == 'colour' }.message", equalTo("Unknown field."));

        assertEquals(0, Db.inTransaction(() -> Product.ofAccount(user.id())).size());
    }

    @Test
    void theProblemsSpeakTheCallersLanguage() {
        Api.with(Api.key(ApiScope.PRODUCTS_WRITE))
                .header("Accept-Language", "fr")
                .body("{}")
                .put(path())
                .then()
                .statusCode(422)
                .body("title", equalTo("Certains champs ont été refusés"))
                .body("errors.find { it.field == 'name' }.message", equalTo("Obligatoire."));
    }

    @Test
    void anEndDateOnlyForATerminatedProductAndNotBeforeItsStart() {
        User user = Accounts.signedInUser();
        String key = Api.key(ApiScope.PRODUCTS_WRITE);
        String active =
                """
                {"accountId": "%s", "name": "A", "kind": "B", "status": "ACTIVE",
                 "startedOn": "2026-03-01", "endedOn": "2026-04-01"}"""
                        .formatted(user.id());
        String early =
                """
                {"accountId": "%s", "name": "A", "kind": "B", "status": "TERMINATED",
                 "startedOn": "2026-03-01", "endedOn": "2026-02-01"}"""
                        .formatted(user.id());
        for (String body : new String[] {active, early}) {
            Api.with(key)
                    .body(body)
                    .put(path())
                    .then()
                    .statusCode(422)
                    .body("errors[0].field", equalTo("endedOn"));
        }
        assertEquals(0, Db.inTransaction(() -> Product.ofAccount(user.id())).size());
    }

    /** Malformed bodies of every kind are the client's mistake: 400 or 422, never 500. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "{",
                "[]",
                "\"text\"",
                "null",
                "{\"name\": \"a\", \"name\": \"b\"}",
                "{} {}",
                "{\"accountId\": 1e999999999}",
                "{\"accountId\": 123456789012345678901234567890123456789012345678901234567890}",
                "{\"accountId\": {\"nested\": [1, 2]}, \"startedOn\": [2026, 1, 1]}",
                "{\"name\": \"\\u0000\"}",
                "{\"name\": \"\\ud800\"}"
            })
    void malformedBodiesAreRefusedWithAProblemNeverA500(String body) {
        int status =
                Api.with(Api.key(ApiScope.PRODUCTS_WRITE))
                        .body(body)
                        .put(path())
                        .then()
                        .contentType("application/problem+json")
                        .body(not(containsString("Exception")))
                        .extract()
                        .statusCode();
        assertTrue(status == 400 || status == 422, body + " answered " + status);
    }

    @Test
    void aBodyThatIsNotJsonOrABadPathIsAProblemToo() {
        String key = Api.key(ApiScope.PRODUCTS_WRITE);
        Api.with(key)
                .contentType("text/plain")
                .body("hello")
                .put(path())
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        Api.with(key)
                .body("{}")
                .post(path())
                .then()
                .statusCode(405)
                .contentType("application/problem+json");
        Api.with(key)
                .get("/api/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        Api.with(key)
                .body(product(UUID.randomUUID(), "ACTIVE"))
                .put("/api/v1/products/bad%20id")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    /**
     * An activation through the API and a closure at the same moment, on many accounts: each ends
     * closed with nothing open, or open with its product, whichever took the account row first.
     */
    @Test
    void racingClosuresAndApiActivationsNeverLeaveAnOpenProductOnAClosedAccount() throws Exception {
        String key = Api.key(ApiScope.PRODUCTS_WRITE);
        List<UUID> accounts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            accounts.add(Accounts.signedInUser().id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<?>> all = new ArrayList<>();
            for (UUID account : accounts) {
                all.add(
                        CompletableFuture.runAsync(
                                () -> {
                                    await(go);
                                    closure.close(account, false, null, null);
                                },
                                pool));
                all.add(
                        CompletableFuture.runAsync(
                                () -> {
                                    await(go);
                                    int status =
                                            Api.with(key)
                                                    .body(product(account, "ACTIVE"))
                                                    .put(path())
                                                    .statusCode();
                                    assertTrue(
                                            status == 201 || status == 409, "answered " + status);
                                },
                                pool));
            }
            go.countDown();
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get();
        } finally {
            pool.shutdown();
        }
        for (UUID id : accounts) {
            AccountStatus status = Db.inTransaction(() -> Account.<Account>findById(id).status);
            long open =
                    Db.inTransaction(
                            () ->
                                    Product.count(
                                            "accountId = ?1 and status <> ?2",
                                            id,
                                            ProductStatus.TERMINATED));
            assertTrue(
                    status == AccountStatus.CLOSED ? open == 0 : open == 1,
                    id + ": " + status + ", " + open + " open");
        }
    }

    private static void await(CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
