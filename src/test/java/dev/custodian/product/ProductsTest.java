package dev.custodian.product;

import static dev.custodian.testing.Accounts.signedInUser;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.custodian.testing.Accounts.User;
import dev.custodian.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProductsTest {

    @Inject ProductService products;

    @Test
    void endingAnActiveProductAsksFirstThenEndsIt() {
        User user = signedInUser();
        UUID hosting = product(user, "Hosting Pro", ProductStatus.ACTIVE);

        user.browser()
                .get("/account/products")
                .then()
                .statusCode(200)
                .body(containsString("Hosting Pro"))
                .body(containsString("/account/products/" + hosting + "/terminate"));
        user.browser()
                .get("/account/products/" + hosting + "/terminate")
                .then()
                .statusCode(200)
                .body(containsString("End Hosting Pro?"));
        assertEquals(
                ProductStatus.ACTIVE, status(hosting), "opening the confirmation changes nothing");

        String page = "/account/products/" + hosting + "/terminate";
        user.browser().submit(page, page, Map.of()).then().statusCode(303);

        Product ended = Db.inTransaction(() -> Product.<Product>findById(hosting));
        assertEquals(ProductStatus.TERMINATED, ended.status);
        assertNotNull(ended.endedOn);
        user.browser()
                .get("/account/products")
                .then()
                .body(containsString("The product has ended."));
        user.browser().get("/account/activity").then().body(containsString("Product ended"));
    }

    @Test
    void aSuspendedProductCannotBeEndedAndThePageSaysWhomToContact() {
        User user = signedInUser();
        UUID domain = product(user, "example.org", ProductStatus.SUSPENDED);

        user.browser()
                .get("/account/products")
                .then()
                .body(containsString("contact billing@custodian.localhost"))
                .body(not(containsString("/account/products/" + domain + "/terminate\"")));
        String page = "/account/products/" + domain + "/terminate";
        user.browser()
                .submit("/account/products", page, Map.of())
                .then()
                .statusCode(409)
                .body(containsString("suspended for non-payment, so it cannot be ended here"));

        assertEquals(ProductStatus.SUSPENDED, status(domain));
    }

    @Test
    void anotherAccountsProductIsNeverReachable() {
        User owner = signedInUser();
        UUID hosting = product(owner, "Owner's hosting", ProductStatus.ACTIVE);
        User stranger = signedInUser();

        stranger.browser()
                .get("/account/products")
                .then()
                .body(not(containsString("Owner&#39;s hosting")));
        stranger.browser()
                .get("/account/products/" + hosting + "/terminate")
                .then()
                .statusCode(404);
        stranger.browser()
                .submit(
                        "/account/products",
                        "/account/products/" + hosting + "/terminate",
                        Map.of())
                .then()
                .statusCode(404);

        assertEquals(ProductStatus.ACTIVE, status(hosting));
    }

    @Test
    void endingAProductNeedsTheFormsToken() {
        User user = signedInUser();
        UUID hosting = product(user, "Hosting", ProductStatus.ACTIVE);

        user.browser()
                .post("/account/products/" + hosting + "/terminate", Map.of())
                .then()
                .statusCode(400);

        assertEquals(ProductStatus.ACTIVE, status(hosting));
    }

    @Test
    void invoicesShowTheBillingDetailsTheyWereIssuedToAndOnlyToTheirAccount() {
        User user = signedInUser();
        products.addInvoice(
                user.id(),
                "INV-" + UUID.randomUUID().toString().substring(0, 8),
                LocalDate.of(2026, 3, 1),
                new BigDecimal("59.88"),
                "EUR");
        User stranger = signedInUser();

        user.browser()
                .get("/account/billing")
                .then()
                .statusCode(200)
                .body(containsString("Ada Lovelace"))
                .body(containsString("€59.88"))
                .body(containsString("Mar 1, 2026"))
                .body(containsString("Mar 1, 2036"));
        user.browser()
                .submit("/", "/language", Map.of("lang", "fr", "next", "/"))
                .then()
                .statusCode(303);
        user.browser().get("/account/billing").then().body(containsString("59,88"));
        stranger.browser()
                .get("/account/billing")
                .then()
                .body(containsString("You have no invoices."));
    }

    @Test
    void theOverviewLinksToProductsInvoicesAndClosure() {
        User user = signedInUser();
        user.browser()
                .get("/account")
                .then()
                .body(containsString("href=\"/account/products\""))
                .body(containsString("href=\"/account/billing\""))
                .body(containsString("href=\"/account/close\""));
    }

    private UUID product(User user, String name, ProductStatus status) {
        products.add(user.id(), name, "Hosting");
        UUID id =
                Db.inTransaction(
                        () ->
                                Product.<Product>find(
                                                "accountId = ?1 and name = ?2", user.id(), name)
                                        .firstResult()
                                        .id);
        products.setStatus(user.id(), id, status);
        return id;
    }

    private static ProductStatus status(UUID product) {
        return Db.inTransaction(() -> Product.<Product>findById(product).status);
    }
}
