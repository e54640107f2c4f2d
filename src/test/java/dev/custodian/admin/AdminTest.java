package dev.custodian.admin;

import static dev.custodian.testing.Accounts.PASSWORD;
import static dev.custodian.testing.Accounts.signIn;
import static dev.custodian.testing.Accounts.signUp;
import static dev.custodian.testing.Accounts.signupForm;
import static dev.custodian.testing.Browser.redirectsTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.account.Account;
import dev.custodian.account.AccountStatus;
import dev.custodian.product.Invoice;
import dev.custodian.product.Product;
import dev.custodian.product.ProductStatus;
import dev.custodian.testing.Accounts;
import dev.custodian.testing.Browser;
import dev.custodian.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class AdminTest {

    /** Configured in application.properties: custodian.admin-emails for the test profile. */
    private static final String CONFIGURED_ADMIN = "admin@custodian.test";

    @Test
    void theAdminAreaIsForAdminsOnly() {
        new Browser()
                .get("/admin")
                .then()
                .statusCode(303)
                .header("Location", containsString("/login?next="));
        Accounts.signedInBrowser().get("/admin").then().statusCode(403);
        Accounts.signedInBrowser()
                .get("/account")
                .then()
                .body(not(containsString("href=\"/admin\"")));
        Accounts.signedInAdmin()
                .get("/admin")
                .then()
                .statusCode(200)
                .body(containsString("Erasure queue"));
    }

    @Test
    void theFirstAdminComesFromTheConfiguredListOnceTheAddressIsVerified() {
        Browser browser = new Browser();
        if (Db.account(CONFIGURED_ADMIN).isEmpty()) {
            Accounts.signUp(browser, signupForm(CONFIGURED_ADMIN)).then().statusCode(303);
        }
        Db.inTransaction(
                () ->
                        Account.update(
                                "emailVerifiedAt = null where emailNormalized = ?1",
                                CONFIGURED_ADMIN));
        signIn(browser, CONFIGURED_ADMIN, PASSWORD).then().statusCode(303);
        browser.get("/admin").then().statusCode(403);

        Db.inTransaction(
                () ->
                        Account.update(
                                "emailVerifiedAt = ?1 where emailNormalized = ?2",
                                Instant.now(),
                                CONFIGURED_ADMIN));
        Browser verified = new Browser();
        signIn(verified, CONFIGURED_ADMIN, PASSWORD).then().statusCode(303);
        verified.get("/admin").then().statusCode(200);
        verified.get("/account").then().body(containsString("href=\"/admin\""));
    }

    @Test
    void findsAnAccountByEmailAndSaysWhenThereIsNone() {
        Browser admin = Accounts.signedInAdmin();
        String email = signUp(new Browser());
        UUID id = Db.account(email).orElseThrow().id;

        admin.get("/admin/accounts?email=" + email.toUpperCase())
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/admin/accounts/" + id));
        // the page speaks to the admin about the account, not to the account's owner
        admin.get("/admin/accounts/" + id)
                .then()
                .statusCode(200)
                .body(containsString("This account has no products or services."))
                .body(containsString("This account has no invoices."))
                .body(not(containsString("You have no")));
        admin.get("/admin/accounts?email=nobody-" + UUID.randomUUID() + "@example.com")
                .then()
                .statusCode(404)
                .body(containsString("No account has this email address."));
        admin.get("/admin/accounts/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void addsAProductAndChangesItsStatus() {
        Browser admin = Accounts.signedInAdmin();
        UUID id = Db.account(signUp(new Browser())).orElseThrow().id;
        String page = "/admin/accounts/" + id;

        admin.submit(
                        page,
                        page + "/products",
                        Map.of("name", "Web hosting <Pro>", "kind", "Hosting"))
                .then()
                .statusCode(303)
                .header("Location", redirectsTo(page));
        admin.get(page)
                .then()
                .body(containsString("Saved."))
                .body(containsString("Web hosting &lt;Pro&gt;"));
        Product product =
                Db.inTransaction(() -> Product.<Product>find("accountId", id).firstResult());
        assertEquals(ProductStatus.ACTIVE, product.status);

        admin.submit(
                        page,
                        page + "/products/" + product.id + "/status",
                        Map.of("status", "SUSPENDED"))
                .then()
                .statusCode(303);
        assertEquals(
                ProductStatus.SUSPENDED,
                Db.inTransaction(() -> Product.<Product>findById(product.id).status));
        admin.submit(page, page + "/products/" + product.id + "/status", Map.of("status", "GONE"))
                .then()
                .statusCode(422)
                .body(containsString("Choose one of the statuses listed."));
        UUID other = Db.account(signUp(new Browser())).orElseThrow().id;
        admin.submit(
                        page,
                        "/admin/accounts/" + other + "/products/" + product.id + "/status",
                        Map.of("status", "TERMINATED"))
                .then()
                .statusCode(404);
        assertEquals(
                ProductStatus.SUSPENDED,
                Db.inTransaction(() -> Product.<Product>findById(product.id).status));
    }

    @ParameterizedTest(name = "{0} = \"{1}\" is refused")
    @CsvSource(
            delimiter = '|',
            value = {
                "name | ''  | Enter the product’s name.",
                "kind | ''  | Enter the kind of product.",
                "name | 151 | Use at most 150 characters.",
                "kind | 61  | Use at most 60 characters."
            })
    void refusesABadProductAndKeepsWhatWasTyped(String field, String value, String message) {
        Browser admin = Accounts.signedInAdmin();
        UUID id = Db.account(signUp(new Browser())).orElseThrow().id;
        String page = "/admin/accounts/" + id;
        Map<String, String> form =
                new HashMap<>(Map.of("name", "Typed name", "kind", "Typed kind"));
        form.put(field, value.matches("\\d+") ? "x".repeat(Integer.parseInt(value)) : value);

        String html =
                admin.submit(page, page + "/products", form)
                        .then()
                        .statusCode(422)
                        .body(containsString(message))
                        .extract()
                        .asString();

        String kept = field.equals("name") ? "Typed kind" : "Typed name";
        assertTrue(html.contains("value=\"" + kept + "\""), "the other field keeps what was typed");
        assertEquals(0L, Db.inTransaction(() -> Product.count("accountId", id)));
    }

    @Test
    void addsAnInvoiceWithTheBillingDetailsOfTheDay() {
        Browser admin = Accounts.signedInAdmin();
        UUID id = Db.account(signUp(new Browser())).orElseThrow().id;
        String page = "/admin/accounts/" + id;
        String number = "T-" + UUID.randomUUID().toString().substring(0, 12);

        admin.submit(page, page + "/invoices", invoice(number, Map.of("amount", "59,88")))
                .then()
                .statusCode(303);

        Invoice invoice =
                Db.inTransaction(() -> Invoice.<Invoice>find("number", number).firstResult());
        assertEquals(id, invoice.accountId);
        assertEquals("59.88", invoice.amount.toPlainString());
        assertEquals("Ada Lovelace", invoice.billingName);
        assertEquals("2036-03-01", invoice.retainUntil.toString(), "kept ten years");
    }

    @ParameterizedTest(name = "{0} = \"{1}\" is refused")
    @CsvSource(
            delimiter = '|',
            value = {
                "number   | ''           | Enter the invoice number.",
                "number   | TAKEN        | An invoice already has this number.",
                "issuedOn | ''           | Enter the invoice date.",
                "issuedOn | 2026-02-30   | Enter the date as YYYY-MM-DD.",
                "issuedOn | 01/03/2026   | Enter the date as YYYY-MM-DD.",
                "amount   | ''           | Enter the amount.",
                "amount   | -5           | Enter a positive amount",
                "amount   | 0            | Enter a positive amount",
                "amount   | 1.234        | Enter a positive amount",
                "currency | ''           | Enter the currency.",
                "currency | eur          | Enter a three-letter ISO 4217 code",
                "currency | XYZ          | Enter a three-letter ISO 4217 code"
            })
    void refusesABadInvoiceAndKeepsWhatWasTyped(String field, String value, String message) {
        Browser admin = Accounts.signedInAdmin();
        UUID id = Db.account(signUp(new Browser())).orElseThrow().id;
        String page = "/admin/accounts/" + id;
        String number = "T-" + UUID.randomUUID().toString().substring(0, 12);
        if (value.equals("TAKEN")) {
            admin.submit(page, page + "/invoices", invoice(number, Map.of()))
                    .then()
                    .statusCode(303);
            value = number;
        }
        long before = Db.inTransaction(() -> Invoice.count("accountId", id));

        String html =
                admin.submit(page, page + "/invoices", invoice(number, Map.of(field, value)))
                        .then()
                        .statusCode(422)
                        .body(containsString(message))
                        .extract()
                        .asString();

        if (!field.equals("amount")) {
            assertTrue(html.contains("value=\"12.50\""), "the amount typed is kept");
        }
        assertEquals(before, Db.inTransaction(() -> Invoice.count("accountId", id)));
    }

    @Test
    void aClosedAccountGetsNoActiveProductAndNoInvoice() {
        Browser admin = Accounts.signedInAdmin();
        UUID id = Db.account(signUp(new Browser())).orElseThrow().id;
        // Due long ago, so that it heads the erasure queue, whatever else earlier tests closed.
        Db.inTransaction(
                () ->
                        Account.update(
                                "status = ?1, eraseAfter = ?2 where id = ?3",
                                AccountStatus.CLOSED,
                                Instant.parse("2000-01-01T00:00:00Z"),
                                id));
        String page = "/admin/accounts/" + id;

        admin.submit(page, page + "/products", Map.of("name", "Late product", "kind", "Hosting"))
                .then()
                .statusCode(409)
                .body(containsString("This account is closed"));
        admin.submit(
                        page,
                        page + "/invoices",
                        invoice("T-" + UUID.randomUUID().toString().substring(0, 12), Map.of()))
                .then()
                .statusCode(409);

        assertEquals(
                0L,
                Db.inTransaction(
                        () -> Product.count("accountId", id) + Invoice.count("accountId", id)));
        admin.get("/admin").then().body(containsString("/admin/accounts/" + id));
    }

    @Test
    void adminFormsNeedTheirToken() {
        Browser admin = Accounts.signedInAdmin();
        UUID id = Db.account(signUp(new Browser())).orElseThrow().id;
        admin.post(
                        "/admin/accounts/" + id + "/products",
                        Map.of("name", "No token", "kind", "Hosting"))
                .then()
                .statusCode(400);
        assertEquals(0L, Db.inTransaction(() -> Product.count("accountId", id)));
    }

    private static Map<String, String> invoice(String number, Map<String, String> changes) {
        Map<String, String> form =
                new HashMap<>(
                        Map.of(
                                "number",
                                number,
                                "issuedOn",
                                "2026-03-01",
                                "amount",
                                "12.50",
                                "currency",
                                "EUR"));
        form.putAll(changes);
        return form;
    }
}
