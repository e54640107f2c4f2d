package dev.custodian.closure;

import static dev.custodian.testing.Accounts.PASSWORD;
import static dev.custodian.testing.Accounts.signIn;
import static dev.custodian.testing.Accounts.signedInUser;
import static dev.custodian.testing.Browser.redirectsTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.account.Account;
import dev.custodian.account.AccountStatus;
import dev.custodian.mail.MailDispatcher;
import dev.custodian.product.Product;
import dev.custodian.product.ProductService;
import dev.custodian.product.ProductStatus;
import dev.custodian.testing.Accounts.User;
import dev.custodian.testing.Browser;
import dev.custodian.testing.Db;
import dev.custodian.testing.MailServer;
import dev.custodian.testing.TestClock;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@QuarkusTest
class ClosureTest {

    @Inject ProductService products;

    @Inject ClosureService closure;

    @Inject MailDispatcher dispatcher;

    @Inject TestClock clock;

    @Inject dev.custodian.secrets.Secrets secrets;

    @BeforeEach
    void start() {
        MailServer.start();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @ParameterizedTest
    @EnumSource(
            value = ProductStatus.class,
            names = {"ACTIVE", "SUSPENDED"})
    void anOpenProductBlocksClosureAndIsListedWithALink(ProductStatus status) {
        User user = signedInUser();
        UUID product = product(user, "Blocking hosting", status);

        user.browser()
                .get("/account/close")
                .then()
                .statusCode(200)
                .body(containsString("One product or service is still open"))
                .body(containsString("href=\"/account/products#product-" + product + "\""))
                .body(not(containsString("action=\"/account/close/review\"")));
        user.browser()
                .submit("/account", "/account/close/review", Map.of("when", "later"))
                .then()
                .statusCode(409);
        user.browser()
                .submit("/account", "/account/close/confirm", Map.of("when", "now"))
                .then()
                .statusCode(409);

        assertEquals(AccountStatus.ACTIVE, account(user).status);
    }

    @Test
    void endingTheLastProductOpensTheWayToClosure() {
        User user = signedInUser();
        UUID product = product(user, "Hosting", ProductStatus.ACTIVE);
        product(user, "Old mailbox", ProductStatus.TERMINATED);
        String terminate = "/account/products/" + product + "/terminate";
        user.browser().submit(terminate, terminate, Map.of()).then().statusCode(303);

        user.browser()
                .get("/account/close")
                .then()
                .statusCode(200)
                .body(containsString("What is kept, and why"))
                .body(containsString("action=\"/account/close/review\""));
        closeAccount(user, "later");

        assertEquals(AccountStatus.CLOSED, account(user).status);
    }

    @Test
    void closingKeepsTheBrowsersLanguageAndCookieAnswer() {
        User user = signedInUser();
        user.browser().setCookie("custodian_lang", "fr");
        user.browser().setCookie("custodian_analytics", "refused");

        closeAccount(user, "later");

        assertEquals("fr", user.browser().cookie("custodian_lang"));
        assertEquals("refused", user.browser().cookie("custodian_analytics"));
        user.browser()
                .get("/closed")
                .then()
                .statusCode(200)
                .body(containsString("Votre compte est fermé"))
                .body(not(containsString("class=\"cookie-banner\"")));
    }

    @Test
    void closingEndsEverySessionAtOnceAndMailsTheDateAndAReopeningLink() {
        User user = signedInUser();
        Browser elsewhere = new Browser();
        signIn(elsewhere, user.email(), PASSWORD).then().statusCode(303);

        user.browser()
                .submit("/account/close", "/account/close/review", Map.of("when", "later"))
                .then()
                .statusCode(200)
                .body(containsString("Close your account now?"))
                .body(containsString("reopens the account"));
        user.browser()
                .submit("/account/close", "/account/close/confirm", Map.of("when", "later"))
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/closed"))
                .header("Clear-Site-Data", not(containsString("cookies")));

        Account closed = account(user);
        assertEquals(AccountStatus.CLOSED, closed.status);
        assertFalse(closed.erasureAsked);
        assertEquals(
                closed.closedAt.atZone(ZoneOffset.UTC).plusMonths(6).toInstant(),
                closed.eraseAfter);
        elsewhere.get("/account").then().statusCode(303);
        user.browser()
                .get("/closed")
                .then()
                .statusCode(200)
                .body(containsString("Your account is closed"));
        signedInUser()
                .browser()
                .get("/closed")
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/account"));
        signIn(new Browser(), user.email(), PASSWORD)
                .then()
                .statusCode(401)
                .body(containsString("The email or password is wrong."));
        dispatcher.dispatchDue();
        MailServer.Received mail = MailServer.single(user.email(), "Your account is closed");
        assertTrue(mail.text().contains("Your data will be deleted on"), mail.text());
        String reopen = mail.link("/reopen?token=");

        Browser owner = new Browser();
        owner.get(reopen).then().statusCode(200).body(containsString("Reopen your account"));
        assertEquals(
                AccountStatus.CLOSED, account(user).status, "opening the link changes nothing");
        String token = reopen.substring(reopen.indexOf("token=") + 6);
        owner.submit(reopen, "/reopen", Map.of("token", token, "password", ""))
                .then()
                .statusCode(422)
                .body(containsString("Enter your password."));
        owner.submit(
                        reopen,
                        "/reopen",
                        Map.of("token", token, "password", "not my password at all"))
                .then()
                .statusCode(401)
                .body(containsString("That did not match"));
        assertEquals(AccountStatus.CLOSED, account(user).status);
        owner.submit(reopen, "/reopen", Map.of("token", token, "password", PASSWORD))
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/login"));

        Account reopened = account(user);
        assertEquals(AccountStatus.ACTIVE, reopened.status);
        assertNull(reopened.eraseAfter);
        signIn(owner, user.email(), PASSWORD).then().statusCode(303);
        owner.get("/account/activity")
                .then()
                .body(containsString("Account closed"))
                .body(containsString("Account reopened"));
        owner.get(reopen).then().statusCode(400);
    }

    @Test
    void productsEndedBeforeClosureStayEndedAfterReopening() {
        User user = signedInUser();
        UUID product = product(user, "Ended hosting", ProductStatus.TERMINATED);
        closeAccount(user, "later");
        dispatcher.dispatchDue();
        String reopen =
                MailServer.single(user.email(), "Your account is closed").link("/reopen?token=");
        Browser owner = new Browser();
        owner.submit(
                        reopen,
                        "/reopen",
                        Map.of(
                                "token",
                                reopen.substring(reopen.indexOf("token=") + 6),
                                "password",
                                PASSWORD))
                .then()
                .statusCode(303);

        assertEquals(
                ProductStatus.TERMINATED,
                Db.inTransaction(() -> Product.<Product>findById(product).status));
    }

    @Test
    void erasingAsSoonAsPossibleLeavesNoWayBack() {
        User user = signedInUser();
        user.browser()
                .submit("/account/close", "/account/close/review", Map.of("when", "now"))
                .then()
                .statusCode(200)
                .body(containsString("There is no way back"));
        user.browser()
                .submit("/account/close", "/account/close/confirm", Map.of("when", "now"))
                .then()
                .statusCode(303);

        Account closed = account(user);
        assertTrue(closed.erasureAsked);
        assertEquals(closed.closedAt, closed.eraseAfter);
        dispatcher.dispatchDue();
        MailServer.Received mail = MailServer.single(user.email(), "Your account is closed");
        assertTrue(mail.text().contains("within 24 hours"));
        assertFalse(mail.text().contains("/reopen"), "no reopening link");
    }

    @Test
    void closingLongAfterSignInAsksForThePasswordFirst() {
        User user = signedInUser();
        clock.advance(Duration.ofMinutes(11));

        user.browser()
                .submit("/account/close", "/account/close/review", Map.of("when", "now"))
                .then()
                .statusCode(200)
                .body(containsString("Confirm it is you"))
                .body(containsString("name=\"carry.when\" value=\"now\""));
        user.browser()
                .submit("/account/close", "/account/close/confirm", Map.of("when", "now"))
                .then()
                .statusCode(200)
                .body(containsString("Confirm it is you"));
        assertEquals(AccountStatus.ACTIVE, account(user).status);

        user.browser()
                .submit(
                        "/account/close",
                        "/account/step-up",
                        Map.of(
                                "action",
                                "/account/close/review",
                                "password",
                                PASSWORD,
                                "carry.when",
                                "now"))
                .then()
                .statusCode(200);
        user.browser()
                .submit("/account/close", "/account/close/review", Map.of("when", "now"))
                .then()
                .statusCode(200)
                .body(containsString("Close your account now?"));
    }

    @Test
    void aMissingOrUnknownChoiceIsRefusedAndNothingChanges() {
        User user = signedInUser();
        user.browser()
                .submit("/account/close", "/account/close/review", Map.of())
                .then()
                .statusCode(422)
                .body(containsString("Choose when your data should be deleted."));
        user.browser()
                .submit("/account/close", "/account/close/confirm", Map.of("when", "tomorrow"))
                .then()
                .statusCode(422);
        user.browser().post("/account/close/confirm", Map.of("when", "now")).then().statusCode(400);

        assertEquals(AccountStatus.ACTIVE, account(user).status);
    }

    @Test
    void aReopeningLinkThatIsTamperedWithRevealsNothing() {
        new Browser()
                .get("/reopen?token=not-a-real-token")
                .then()
                .statusCode(400)
                .body(containsString("This link cannot be used"));
        new Browser().get("/reopen").then().statusCode(400);
    }

    @Test
    void anAdminActivationAndAClosureTakeTurnsWhicheverComesFirst() {
        UUID closedFirst = signedInUser().id();
        assertInstanceOf(
                ClosureService.Closed.class, closure.close(closedFirst, false, null, null));
        assertEquals(
                ProductService.Outcome.ACCOUNT_NOT_ACTIVE,
                products.add(closedFirst, "Too late", "Hosting"));

        UUID activatedFirst = signedInUser().id();
        assertEquals(
                ProductService.Outcome.DONE,
                products.add(activatedFirst, "Just in time", "Hosting"));
        assertInstanceOf(
                ClosureService.Blocked.class, closure.close(activatedFirst, false, null, null));
    }

    /**
     * Closures and admin activations at the same moment: never a closed account with an open
     * product.
     */
    @Test
    void racingClosuresAndActivationsNeverLeaveAnOpenProductOnAClosedAccount() throws Exception {
        List<UUID> accounts = new ArrayList<>();
        List<UUID> suspended = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            User user = signedInUser();
            accounts.add(user.id());
            suspended.add(product(user, "Reactivated", ProductStatus.TERMINATED));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<?>> all = new ArrayList<>();
            for (int i = 0; i < accounts.size(); i++) {
                UUID account = accounts.get(i);
                UUID product = suspended.get(i);
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
                                    products.setStatus(account, product, ProductStatus.ACTIVE);
                                },
                                pool));
            }
            go.countDown();
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get();
        } finally {
            pool.shutdown();
        }

        for (UUID id : accounts) {
            Account account = Db.inTransaction(() -> Account.<Account>findById(id));
            long open =
                    Db.inTransaction(
                            () ->
                                    Product.count(
                                            "accountId = ?1 and status <> ?2",
                                            id,
                                            ProductStatus.TERMINATED));
            assertFalse(
                    account.status == AccountStatus.CLOSED && open > 0,
                    "closed with an open product: " + id);
            assertTrue(
                    account.status == AccountStatus.CLOSED || open == 1,
                    "one of the two went through: " + id);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void reopeningDrawsOnTheSignInsLimitsAndNeverLocksAClosedAccount() {
        clock.freeze();
        User user = signedInUser();
        closeAccount(user, "later");
        dispatcher.dispatchDue();
        String link =
                MailServer.single(user.email(), "Your account is closed").link("/reopen?token=");
        String token = link.substring(link.indexOf("token=") + 6);
        // through the service: the page's own limit per client address is shared by every test
        for (int i = 0; i < 5; i++) {
            assertFalse(closure.reopen(token, "not my password " + i, null, "192.0.2.1", "test"));
        }
        assertThrows(
                dev.custodian.web.TooManyRequestsException.class,
                () -> closure.reopen(token, PASSWORD, null, "192.0.2.1", "test"),
                "the sixth must wait, as a sign-in would");

        clock.advance(java.time.Duration.ofSeconds(2));
        assertTrue(closure.reopen(token, PASSWORD, null, "192.0.2.1", "test"));
        assertFalse(account(user).passwordResetRequired);
    }

    @Test
    void aHundredthFailureOnAClosedAccountLocksNothing() {
        clock.freeze();
        User user = signedInUser();
        closeAccount(user, "later");
        dispatcher.dispatchDue();
        String link =
                MailServer.single(user.email(), "Your account is closed").link("/reopen?token=");
        String token = link.substring(link.indexOf("token=") + 6);
        String emailKey = secrets.keyedHash("login-email", Account.normalizeEmail(user.email()));
        Db.inTransaction(
                () ->
                        Panache.getEntityManager()
                                .createNativeQuery(
                                        "INSERT INTO login_failure (email_key, consecutive_failures,"
                                                + " last_failure_at) VALUES (?1, 99, ?2)")
                                .setParameter(1, emailKey)
                                .setParameter(
                                        2, clock.instant().minus(java.time.Duration.ofHours(1)))
                                .executeUpdate());

        assertFalse(closure.reopen(token, "not my password", null, "192.0.2.1", "test"));

        // a locked closed account could never be reopened: its reset link asks for an open one
        assertFalse(account(user).passwordResetRequired);
        clock.advance(java.time.Duration.ofMinutes(2));
        assertTrue(closure.reopen(token, PASSWORD, null, "192.0.2.1", "test"));
    }

    static void closeAccount(User user, String when) {
        user.browser()
                .submit("/account/close", "/account/close/review", Map.of("when", when))
                .then()
                .statusCode(200);
        user.browser()
                .submit("/account/close", "/account/close/confirm", Map.of("when", when))
                .then()
                .statusCode(303);
    }

    private UUID product(User user, String name, ProductStatus status) {
        products.add(user.id(), name, "Hosting");
        UUID id =
                Db.inTransaction(
                        () ->
                                Product.<Product>find(
                                                "accountId = ?1 and name = ?2 and status = ?3",
                                                user.id(),
                                                name,
                                                ProductStatus.ACTIVE)
                                        .firstResult()
                                        .id);
        products.setStatus(user.id(), id, status);
        return id;
    }

    private static Account account(User user) {
        return Db.inTransaction(() -> Account.<Account>findById(user.id()));
    }
}
