package dev.custodian.privacy;

import static dev.custodian.testing.Accounts.PASSWORD;
import static dev.custodian.testing.Accounts.signIn;
import static dev.custodian.testing.Accounts.signedInUser;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.custodian.account.Account;
import dev.custodian.account.AccountStatus;
import dev.custodian.closure.ClosureService;
import dev.custodian.closure.ErasureJob;
import dev.custodian.communication.Category;
import dev.custodian.communication.ConsentEvent;
import dev.custodian.mail.MailDispatcher;
import dev.custodian.testing.Accounts.User;
import dev.custodian.testing.Browser;
import dev.custodian.testing.Db;
import dev.custodian.testing.MailServer;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Global Privacy Control bound to the account (11 CCR §7025(c)). */
@QuarkusTest
class GpcTest {

    private static final String HONOURED = "Opt-out preference signal honoured.";
    private static final String BROWSER_CONFLICT =
            "This browser had allowed page views to be counted, but the signal";
    private static final String ACCOUNT_CONFLICT =
            "You had allowed page views to be counted for your account, but the";
    private static final String ALLOW_BUTTON = "name=\"analytics\" value=\"granted\"";

    @Inject PageViews pageViews;

    @Inject ClosureService closure;

    @Inject MailDispatcher dispatcher;

    @Inject ErasureJob erasure;

    @BeforeEach
    void start() {
        MailServer.start();
    }

    @Test
    void aSignalSentWhileSignedInOptsTheAccountOutOnceAndInEveryBrowser() throws Exception {
        User user = signedInUser();
        User other = signedInUser();
        user.browser().header("Sec-GPC", "1");
        user.browser()
                .get("/privacy")
                .then()
                .statusCode(200)
                .body(containsString(HONOURED))
                .body(containsString("turn Global Privacy Control off in your browser"))
                .body(not(containsString(ALLOW_BUTTON)))
                .body(not(containsString("class=\"cookie-banner\"")));
        assertNotNull(account(user.id()).optOutSignalAt);
        user.browser().get("/account").then().body(containsString(HONOURED));
        user.browser()
                .get("/account/communications")
                .then()
                .body(containsString(HONOURED))
                .body(
                        containsString(
                                "Your browser’s opt-out preference signal (Global Privacy Control)"));
        List<ConsentEvent> recorded = pageViewEvents(user.id());
        assertEquals(1, recorded.size(), "recorded once, not at each request");
        assertEquals(ConsentEvent.Action.WITHDRAW, recorded.get(0).action);
        assertEquals(ConsentEvent.Source.BROWSER_SIGNAL, recorded.get(0).source);
        assertNotNull(recorded.get(0).ip);

        // another browser, which sends no signal and had allowed counting before the user signed in
        // there
        pageViews.flush();
        long before = views();
        Browser elsewhere = new Browser();
        elsewhere.setCookie(CookieConsent.COOKIE, CookieConsent.GRANTED);
        signIn(elsewhere, user.email(), PASSWORD).then().statusCode(303);
        elsewhere
                .get("/privacy")
                .then()
                .body(containsString(HONOURED))
                .body(containsString(BROWSER_CONFLICT))
                .body(containsString("This browser sends no signal"))
                .body(containsString(ALLOW_BUTTON));
        elsewhere
                .get("/account")
                .then()
                .body(containsString(HONOURED))
                .body(containsString(BROWSER_CONFLICT));
        elsewhere
                .get("/account/communications")
                .then()
                .body(containsString(HONOURED))
                .body(containsString(BROWSER_CONFLICT));
        other.browser().setCookie(CookieConsent.COOKIE, CookieConsent.GRANTED);
        other.browser().get("/privacy").then().body(not(containsString(HONOURED)));
        other.browser().get("/account/communications").then().body(not(containsString(HONOURED)));
        pageViews.flush();
        assertEquals(before + 1, views(), "the other account's view only");
        assertEquals(1, pageViewEvents(user.id()).size());
        assertNull(account(other.id()).optOutSignalAt);
        assertEquals(List.of(), pageViewEvents(other.id()));
    }

    @Test
    void onlyAnAllowFromABrowserWithoutTheSignalCountsTheAccountAgain() throws Exception {
        User user = signedInUser();
        Browser signalling = new Browser().header("Sec-GPC", "1");
        signIn(signalling, user.email(), PASSWORD).then().statusCode(303);
        signalling
                .get("/account")
                .then()
                .body(containsString(HONOURED))
                .body(not(containsString(BROWSER_CONFLICT)));

        // the signal wins over an "allow" sent with it
        signalling
                .submit("/account", "/privacy/cookies", Map.of("analytics", "granted"))
                .then()
                .statusCode(303);
        assertNotNull(account(user.id()).optOutSignalAt);
        user.browser()
                .get("/account")
                .then()
                .body(containsString(HONOURED))
                .body(not(containsString(BROWSER_CONFLICT)))
                .body(not(containsString(ACCOUNT_CONFLICT)))
                .body(containsString(ALLOW_BUTTON));

        user.browser()
                .submit(
                        "/account",
                        "/privacy/cookies",
                        Map.of("analytics", "granted", "next", "/account"))
                .then()
                .statusCode(303);
        assertNull(account(user.id()).optOutSignalAt);
        List<ConsentEvent> events = pageViewEvents(user.id());
        assertEquals(
                List.of(ConsentEvent.Action.GRANT, ConsentEvent.Action.WITHDRAW),
                events.stream().map(e -> e.action).toList());
        assertEquals(ConsentEvent.Source.COOKIE_SETTINGS, events.get(0).source);
        pageViews.flush();
        long before = views();
        user.browser()
                .get("/privacy")
                .then()
                .body(not(containsString(HONOURED)))
                .body(containsString("In this browser, you allowed page views to be counted."));
        pageViews.flush();
        assertEquals(before + 1, views());

        // the signal comes back: the account's own "allow" loses to it, and the page says so
        signalling.get("/account").then().body(containsString(HONOURED));
        assertEquals(3, pageViewEvents(user.id()).size());
        Browser fresh = new Browser();
        signIn(fresh, user.email(), PASSWORD).then().statusCode(303);
        fresh.get("/account")
                .then()
                .body(containsString(HONOURED))
                .body(containsString(ACCOUNT_CONFLICT));
        user.browser().get("/account").then().body(containsString(BROWSER_CONFLICT));
    }

    @Test
    void aVisitorsSignalStaysWithTheirBrowser() {
        long signals =
                Db.inTransaction(
                        () -> ConsentEvent.count("source", ConsentEvent.Source.BROWSER_SIGNAL));
        Browser visitor = new Browser().header("Sec-GPC", "1");
        visitor.get("/privacy")
                .then()
                .statusCode(200)
                .body(
                        containsString(
                                "Your browser sends Global Privacy Control, so analytics is off and stays off."))
                .body(not(containsString(HONOURED)))
                .body(not(containsString(ALLOW_BUTTON)));
        assertEquals(
                signals,
                (long)
                        Db.inTransaction(
                                () ->
                                        ConsentEvent.count(
                                                "source", ConsentEvent.Source.BROWSER_SIGNAL)));
    }

    @Test
    void erasureKeepsTheSignalsEventWithoutItsAddress() {
        User user = signedInUser();
        user.browser().header("Sec-GPC", "1");
        user.browser().get("/account").then().body(containsString(HONOURED));
        closure.close(user.id(), true, null, null);
        dispatcher.dispatchDue();
        erasure.eraseDue();

        assertEquals(AccountStatus.ERASED, account(user.id()).status);
        List<ConsentEvent> kept = pageViewEvents(user.id());
        assertEquals(1, kept.size(), "the proof of the opt-out is kept");
        assertEquals(ConsentEvent.Source.BROWSER_SIGNAL, kept.get(0).source);
        assertNull(kept.get(0).ip);
    }

    private static Account account(UUID id) {
        return Db.inTransaction(() -> Account.findById(id));
    }

    private static List<ConsentEvent> pageViewEvents(UUID accountId) {
        return Db.inTransaction(() -> ConsentEvent.history(accountId)).stream()
                .filter(e -> e.category.equals(Category.PAGE_VIEWS))
                .toList();
    }

    private static long views() {
        return Db.inTransaction(
                () ->
                        ((Number)
                                        Panache.getEntityManager()
                                                .createNativeQuery(
                                                        "SELECT COALESCE(SUM(views), 0) FROM page_view WHERE page = '/privacy'")
                                                .getSingleResult())
                                .longValue());
    }
}
