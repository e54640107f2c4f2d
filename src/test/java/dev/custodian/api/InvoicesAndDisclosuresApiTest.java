package dev.custodian.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.custodian.mail.MailDispatcher;
import dev.custodian.privacy.Disclosure;
import dev.custodian.product.Invoice;
import dev.custodian.testing.Accounts;
import dev.custodian.testing.Accounts.User;
import dev.custodian.testing.Db;
import dev.custodian.testing.MailServer;
import dev.custodian.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class InvoicesAndDisclosuresApiTest {

    @Inject MailDispatcher dispatcher;

    @Inject Idempotency idempotency;

    @Inject TestClock clock;

    @BeforeEach
    void start() {
        MailServer.start();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String invoice(UUID account, String number, String amount, String currency) {
        return """
                {"accountId": "%s", "number": "%s", "amount": "%s", "currency": "%s",
                 "issuedOn": "2026-11-30", "billingName": "Ada Lovelace, Analytical Ltd",
                 "billingAddress": "12 Engine Row\\n75011 Paris\\nFR"}"""
                .formatted(account, number, amount, currency);
    }

    private static String number() {
        return "INV-" + UUID.randomUUID().toString().substring(0, 18);
    }

    @Test
    void anInvoiceIsKeptAsIssuedAndShownToItsUser() {
        User user = Accounts.signedInUser();
        String number = number();
        Api.once(Api.key(ApiScope.INVOICES_WRITE))
                .body(invoice(user.id(), number, "1234.50", "EUR"))
                .post("/api/v1/invoices")
                .then()
                .statusCode(201)
                .body("number", equalTo(number));

        Invoice stored = Db.inTransaction(() -> Invoice.ofAccount(user.id()).get(0));
        assertEquals(new BigDecimal("1234.50"), stored.amount);
        assertEquals("Ada Lovelace, Analytical Ltd", stored.billingName);
        assertEquals("12 Engine Row\n75011 Paris\nFR", stored.billingAddress);
        user.browser().get("/account/billing").then().body(containsString(number));
    }

    @Test
    void theSameIdempotencyKeyReplaysTheAnswerAndAnotherBodyIsRefused() {
        User user = Accounts.signedInUser();
        String key = Api.key(ApiScope.INVOICES_WRITE);
        String once = UUID.randomUUID().toString();
        String body = invoice(user.id(), number(), "10.00", "EUR");

        Api.with(key)
                .header("Idempotency-Key", once)
                .body(body)
                .post("/api/v1/invoices")
                .then()
                .statusCode(201);
        Api.with(key)
                .header("Idempotency-Key", once)
                .body(body)
                .post("/api/v1/invoices")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true");
        Api.with(key)
                .header("Idempotency-Key", once)
                .body(invoice(user.id(), number(), "11.00", "EUR"))
                .post("/api/v1/invoices")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:custodian:problem:idempotency-key-reused"));
        // another key's Idempotency-Keys are its own: the same value is a new request there
        Api.with(Api.key(ApiScope.INVOICES_WRITE))
                .header("Idempotency-Key", once)
                .body(body)
                .post("/api/v1/invoices")
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:custodian:problem:invoice-number-taken"));

        assertEquals(1, Db.inTransaction(() -> Invoice.ofAccount(user.id())).size());
    }

    @Test
    void aPostWithoutIdempotencyKeyIs400AndStoresNothing() {
        User user = Accounts.signedInUser();
        String key = Api.key(ApiScope.INVOICES_WRITE);
        for (String header : new String[] {null, "", "has space", "x".repeat(256)}) {
            var request = Api.with(key);
            if (header != null) {
                request.header("Idempotency-Key", header);
            }
            request.body(invoice(user.id(), number(), "10.00", "EUR"))
                    .post("/api/v1/invoices")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:custodian:problem:idempotency-key-missing"));
        }
        assertEquals(0, Db.inTransaction(() -> Invoice.ofAccount(user.id())).size());
    }

    @Test
    void storedAnswersAreForgottenAfterADay() {
        User user = Accounts.signedInUser();
        String key = Api.key(ApiScope.INVOICES_WRITE);
        String once = UUID.randomUUID().toString();
        clock.freeze();
        Api.with(key)
                .header("Idempotency-Key", once)
                .body(invoice(user.id(), number(), "10.00", "EUR"))
                .post("/api/v1/invoices")
                .then()
                .statusCode(201);

        clock.advance(Duration.ofHours(23));
        idempotency.forgetOld();
        assertEquals(1L, Db.inTransaction(() -> IdempotentRequest.count("idempotencyKey", once)));
        clock.advance(Duration.ofHours(2));
        idempotency.forgetOld();
        assertEquals(0L, Db.inTransaction(() -> IdempotentRequest.count("idempotencyKey", once)));
    }

    @ParameterizedTest
    @CsvSource({
        "10.5,EUR,",
        "10.505,EUR,amount",
        "-1.00,EUR,amount",
        "0,EUR,amount",
        "1e3,EUR,amount",
        "99999999999,EUR,amount",
        "100.5,JPY,amount",
        "100,JPY,",
        "10.00,eur,currency",
        "10.00,XYZ,currency",
        "10.00,EURO,currency"
    })
    void amountsFollowTheirCurrencysMinorUnits(String amount, String currency, String refused) {
        User user = Accounts.signedInUser();
        var answer =
                Api.once(Api.key(ApiScope.INVOICES_WRITE))
                        .body(invoice(user.id(), number(), amount, currency))
                        .post("/api/v1/invoices")
                        .then();
        if (refused == null) {
            answer.statusCode(201);
        } else {
            answer.statusCode(422).body("errors[0].field", equalTo(refused));
            assertEquals(0, Db.inTransaction(() -> Invoice.ofAccount(user.id())).size());
        }
    }

    @Test
    void everyBadInvoiceFieldIsNamed() {
        Api.once(Api.key(ApiScope.INVOICES_WRITE))
                .body("{\"amount\": 12.5, \"issuedOn\": \"yesterday\", \"billingAddress\": \"\"}")
                .post("/api/v1/invoices")
                .then()
                .statusCode(422)
                .body(
                        "errors.field",
                        hasItems(
                                "accountId",
                                "number",
                                "currency",
                                "amount",
                                "issuedOn",
                                "billingName",
                                "billingAddress"))
                .body("errors.find { it.field == 'amount' }.message", equalTo("Must be a string."));
    }

    @Test
    void anInvoiceOnAClosedAccountIsRefused() {
        User user = Accounts.signedInUser();
        user.browser()
                .submit(
                        "/account/close",
                        "/account/close/review",
                        java.util.Map.of("when", "later"));
        user.browser()
                .submit(
                        "/account/close",
                        "/account/close/confirm",
                        java.util.Map.of("when", "later"))
                .then()
                .statusCode(303);
        Api.once(Api.key(ApiScope.INVOICES_WRITE))
                .body(invoice(user.id(), number(), "10.00", "EUR"))
                .post("/api/v1/invoices")
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:custodian:problem:account-not-active"));
    }

    private static String disclosure(UUID account, boolean notifyNow) {
        return """
                {"accountId": "%s", "recipient": "Tribunal judiciaire de Paris",
                 "purpose": "Court order 2026/118", "legalBasis": "LEGAL_OBLIGATION",
                 "dataCategories": "Name, invoices", "disclosedOn": "2026-11-30", "notifyNow": %s}"""
                .formatted(account, notifyNow);
    }

    @Test
    void aDisclosureToldNowIsMailedAndShown() {
        User user = Accounts.signedInUser();
        dispatcher.dispatchDue();
        int before = MailServer.to(user.email()).size();
        Api.once(Api.key(ApiScope.DISCLOSURES_WRITE))
                .body(disclosure(user.id(), true))
                .post("/api/v1/disclosures")
                .then()
                .statusCode(201)
                .body("notified", equalTo(true));

        dispatcher.dispatchDue();
        assertEquals(before + 1, MailServer.to(user.email()).size());
        user.browser().get("/account").then().body(containsString("Tribunal judiciaire de Paris"));
    }

    @Test
    void aDisclosureToldLaterStaysHiddenUntilNotified() {
        User user = Accounts.signedInUser();
        String key = Api.key(ApiScope.DISCLOSURES_WRITE);
        String id =
                Api.once(key)
                        .body(disclosure(user.id(), false))
                        .post("/api/v1/disclosures")
                        .then()
                        .statusCode(201)
                        .body("notified", equalTo(false))
                        .extract()
                        .path("id");
        assertNull(
                Db.inTransaction(
                        () -> Disclosure.<Disclosure>findById(UUID.fromString(id)).notifiedAt));
        user.browser()
                .get("/account")
                .then()
                .body(org.hamcrest.Matchers.not(containsString("Tribunal judiciaire")));

        Api.once(key)
                .post("/api/v1/disclosures/" + id + "/notification")
                .then()
                .statusCode(200)
                .body("notified", equalTo(true));

        assertNotNull(
                Db.inTransaction(
                        () -> Disclosure.<Disclosure>findById(UUID.fromString(id)).notifiedAt));
        user.browser().get("/account").then().body(containsString("Tribunal judiciaire de Paris"));
        Api.once(key)
                .post("/api/v1/disclosures/" + UUID.randomUUID() + "/notification")
                .then()
                .statusCode(404);
    }

    @Test
    void everyBadDisclosureFieldIsNamedAndNothingIsStored() {
        User user = Accounts.signedInUser();
        String body =
                """
                {"accountId": "%s", "recipient": "", "purpose": "x", "legalBasis": "WHIM",
                 "dataCategories": "Name", "disclosedOn": "2999-01-01", "notifyNow": "yes"}"""
                        .formatted(user.id());
        Api.once(Api.key(ApiScope.DISCLOSURES_WRITE))
                .body(body)
                .post("/api/v1/disclosures")
                .then()
                .statusCode(422)
                .body(
                        "errors.field",
                        hasItems("recipient", "legalBasis", "disclosedOn", "notifyNow"));
        assertEquals(List.of(), Db.inTransaction(() -> Disclosure.ofAccount(user.id())));
    }
}
