package dev.custodian.closure;

import static dev.custodian.testing.Accounts.signedInUser;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.custodian.account.Account;
import dev.custodian.account.AccountStatus;
import dev.custodian.mail.MailDispatcher;
import dev.custodian.product.Product;
import dev.custodian.product.ProductService;
import dev.custodian.product.ProductStatus;
import dev.custodian.testing.Accounts.User;
import dev.custodian.testing.Browser;
import dev.custodian.testing.Db;
import dev.custodian.testing.FewerPromises;
import dev.custodian.testing.MailServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A company whose products do not gate closure, which allows no erasure at once and no reopening:
 * the closure page offers what it promises, and nothing more.
 */
@QuarkusTest
@TestProfile(FewerPromises.class)
class ClosureOptionsTest {

    @Inject ProductService products;

    @Inject MailDispatcher dispatcher;

    /** This profile's mail server must free the port for the next profile's. */
    @AfterAll
    static void stopMailServer() {
        MailServer.stop();
    }

    @Test
    void anOpenProductDoesNotStandInTheWayAndNoReopeningIsOffered() {
        MailServer.start();
        User user = signedInUser();
        products.add(user.id(), "Hosting", "Hosting");
        user.browser()
                .get("/account/close")
                .then()
                .statusCode(200)
                .body(containsString("action=\"/account/close/review\""))
                .body(not(containsString("value=\"now\"")))
                .body(not(containsString("reopens the account")));
        ClosureTest.closeAccount(user, "later");
        assertEquals(AccountStatus.CLOSED, account(user).status);
        assertEquals(
                List.of(ProductStatus.TERMINATED),
                Db.inTransaction(
                        () ->
                                Product.<Product>list("accountId", user.id()).stream()
                                        .map(p -> p.status)
                                        .toList()),
                "the closure ends the product");
        dispatcher.dispatchDue();
        MailServer.Received mail = MailServer.single(user.email(), "Your account is closed");
        assertFalse(mail.text().contains("/reopen?token="), mail.text());
        assertFalse(mail.text().contains("as soon as possible"), mail.text());
        new Browser().get("/reopen?token=anything").then().statusCode(404);
    }

    @Test
    void erasureAtOnceIsRefusedAndNothingChanges() {
        User user = signedInUser();
        user.browser()
                .submit("/account/close", "/account/close/review", Map.of("when", "now"))
                .then()
                .statusCode(422);
        user.browser()
                .submit("/account/close", "/account/close/confirm", Map.of("when", "now"))
                .then()
                .statusCode(422);
        assertEquals(AccountStatus.ACTIVE, account(user).status);
    }

    private static Account account(User user) {
        return Db.inTransaction(() -> Account.<Account>findById(user.id()));
    }
}
