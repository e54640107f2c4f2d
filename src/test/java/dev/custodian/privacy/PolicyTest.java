package dev.custodian.privacy;

import static dev.custodian.testing.Accounts.PASSWORD;
import static dev.custodian.testing.Accounts.signIn;
import static dev.custodian.testing.Browser.redirectsTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.mail.MailDispatcher;
import dev.custodian.manifest.Manifest;
import dev.custodian.manifest.Text;
import dev.custodian.testing.Accounts;
import dev.custodian.testing.Accounts.User;
import dev.custodian.testing.Browser;
import dev.custodian.testing.Db;
import dev.custodian.testing.MailServer;
import dev.custodian.testing.TestClock;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The privacy policy: the manifest's versions stored at start-up and shown in full, each version at
 * its own address with what it changed, and the admin's publishing. A version a test adds is
 * published a century ahead on the test clock, so that it applies only inside that test, whatever
 * else shares the database, and is deleted at its end.
 */
@QuarkusTest
class PolicyTest {

    private static final String SUBJECT = "Our privacy policy is changing";

    @Inject TestClock clock;

    @Inject MailDispatcher dispatcher;

    @Inject PolicyPublishing publishing;

    @Inject Manifest manifest;

    /** The labels of the versions this test added, deleted at its end. */
    private final List<String> added = new ArrayList<>();

    /** When the century-ahead part of a test began: every mail queued since is the test's. */
    private Instant ahead;

    @BeforeEach
    void start() {
        MailServer.start();
    }

    @AfterEach
    void forget() {
        clock.reset();
        if (added.isEmpty()) {
            return;
        }
        Db.inTransaction(
                () -> {
                    var em = Panache.getEntityManager();
                    if (ahead != null) {
                        em.createNativeQuery(
                                        "DELETE FROM outbox_mail WHERE kind = 'policyChanged' AND created_at >= ?1")
                                .setParameter(1, ahead)
                                .executeUpdate();
                    }
                    for (String label : added) {
                        em.createNativeQuery(
                                        "DELETE FROM policy_acceptance WHERE policy_version_id IN "
                                                + "(SELECT id FROM policy_version WHERE version = ?1)")
                                .setParameter(1, label)
                                .executeUpdate();
                        em.createNativeQuery("DELETE FROM policy_version WHERE version = ?1")
                                .setParameter(1, label)
                                .executeUpdate();
                    }
                    return null;
                });
    }

    // --- the manifest's versions ---

    @Test
    void theManifestsVersionIsStoredAndShownInFullWithItsControllerInThePagesLanguage() {
        Manifest.PolicyVersion bundled = manifest.policy().versions().get(0);
        Map<String, String> stored = storedBodies(bundled.version());
        assertEquals(bundled.text().values(), stored, "the manifest's text replaced the summary");

        new Browser()
                .get("/privacy")
                .then()
                .statusCode(200)
                .body(containsString("<h3>What we keep, and for how long</h3>"))
                .body(containsString("<strong>Invoices and billing details</strong>"))
                .body(containsString(bundled.summary().in(Locale.ENGLISH)))
                .body(containsString("<dd>Custodian SAS</dd>"))
                .body(containsString("<dd>dpo@custodian.localhost</dd>"))
                .body(
                        containsString(
                                "<a href=\"https://www.cnil.fr\">Commission nationale de l’informatique et des libertés (CNIL), France</a>"))
                .body(containsString("id=\"cookies\""))
                .body(containsString("Version 2026-11, published on November 1, 2026"));
        Browser french = new Browser();
        french.setCookie("custodian_lang", "fr");
        french.get("/privacy")
                .then()
                .statusCode(200)
                .body(containsString("<h3>Ce que nous conservons, et combien de temps</h3>"))
                .body(containsString("lang=\"fr\""))
                .body(
                        containsString(
                                "Commission nationale de l’informatique et des libertés (CNIL)</a>"));
    }

    @Test
    void twoInstancesStartingAtOnceStoreAVersionOnceAndAPublishedTextStaysAsAccepted()
            throws Exception {
        String label = label();
        LocalDate date = LocalDate.now(ZoneOffset.UTC).plusYears(200);
        Manifest.PolicyVersion version = version(label, date, false, "First text.", "Premier.");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<String>>> starts = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                starts.add(
                        pool.submit(
                                () -> {
                                    go.await();
                                    return publishing.store(List.of(version));
                                }));
            }
            go.countDown();
            int stored = 0;
            for (Future<List<String>> start : starts) {
                stored += start.get().size();
            }
            assertEquals(1, stored, "one of the two stored it, the other found it");
        } finally {
            pool.shutdown();
        }
        assertEquals(
                1L, (long) Db.<Long>inTransaction(() -> PolicyVersion.count("version", label)));

        // a later start with the text changed, and another date: what users accepted stays, the
        // text and the date as first stored
        publishing.store(List.of(version(label, date.plusDays(3), true, "Second text.", "Deux.")));
        assertEquals(Map.of("en", "First text.", "fr", "Premier."), storedBodies(label));
        PolicyVersion kept =
                Db.inTransaction(
                        () -> PolicyVersion.<PolicyVersion>find("version", label).firstResult());
        assertEquals(date.atStartOfDay(ZoneOffset.UTC).toInstant(), kept.publishedAt);
        assertFalse(kept.reducesRights);
    }

    @Test
    void aRightsReducingVersionFromTheManifestMailsNobodyUntilAnAdminAnnouncesIt() {
        User user = verified(Accounts.signedInUser());
        Browser admin = new Browser();
        String adminEmail = Accounts.signUp(admin);
        Db.makeAdmin(adminEmail);
        verify(adminEmail); // so that the announcement has several recipients, in the plural
        goAhead();
        String label = label();
        publishing.store(
                List.of(
                        version(
                                label,
                                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                                true,
                                "# Less\n\nWe keep more.",
                                "# Moins\n\nNous gardons plus.")));
        assertEquals(0, mailsSinceAhead(), "storing it at start-up mailed nobody");

        // the gate asks at the next sign-in, and the acceptance page leads to the version and to
        // what changed since the version the user accepted
        signIn(user.browser(), user.email(), PASSWORD, "/account/profile")
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/account/policy?next=%2Faccount%2Fprofile"));
        user.browser()
                .get("/account/policy")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/privacy/" + label + "\""))
                .body(containsString("href=\"/privacy/" + label + "/changes?from=2026-11\""));

        // an admin too accepts the version before anything else
        signIn(admin, adminEmail, PASSWORD, "/admin/policies")
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/account/policy?next=%2Fadmin%2Fpolicies"));
        admin.submit("/account/policy", "/account/policy", Map.of("next", "/admin/policies"))
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/admin/policies"));
        String announce = "/admin/policies/" + label + "/announce";
        admin.get("/admin/policies")
                .then()
                .statusCode(200)
                .body(containsString("Not emailed yet"))
                .body(containsString("action=\"" + announce + "\""));
        int audience = publishing.audience();
        admin.submit("/admin/policies", announce, Map.of())
                .then()
                .statusCode(422)
                .body(
                        containsString(
                                "Tick the box to confirm that " + audience + " active accounts"));
        assertEquals(0, mailsSinceAhead());

        admin.submit("/admin/policies", announce, Map.of("confirmed", "yes"))
                .then()
                .statusCode(200)
                .body(containsString("Version " + label + " is announced; " + audience));
        assertEquals(audience, mailsSinceAhead());
        admin.submit("/admin/policies", announce, Map.of("confirmed", "yes"))
                .then()
                .statusCode(409);
        assertEquals(audience, mailsSinceAhead(), "announced once only");

        MailServer.Received mail = deliveredTo(user);
        assertEquals("/privacy/" + label, mail.link("/privacy/" + label));
        assertEquals("/privacy/" + label + "/changes", mail.link("/privacy/" + label + "/changes"));
    }

    // --- the pages ---

    @Test
    void markdownIsRenderedWithRawHtmlShownAsTextAndNoScriptLinks() {
        String html =
                PolicyMarkdown.html(
                                "# Title\n\n<script>alert(1)</script>\n\n"
                                        + "<img src=x onerror=alert(2)>\n\n"
                                        + "[run](javascript:alert(3)) [data](data:text/html,x) "
                                        + "[site](https://example.com/a) [mail](mailto:a@example.com)")
                        .toString();
        assertTrue(html.contains("<h2>Title</h2>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(2)&gt;"), html);
        assertFalse(html.contains("<script") || html.contains("<img"), html);
        assertFalse(html.contains("javascript:") || html.contains("data:"), html);
        assertTrue(
                html.contains("<a rel=\"nofollow\" href=\"https://example.com/a\">site</a>"), html);
        assertTrue(
                html.contains("<a rel=\"nofollow\" href=\"mailto:a@example.com\">mail</a>"), html);
    }

    @Test
    void everyVersionHasItsOwnAddressAndWhatChangedIsShownLineByLine() {
        goAhead();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String older = label();
        String newer = label();
        publishing.store(
                List.of(
                        version(
                                older,
                                today.minusDays(2),
                                false,
                                "# Policy\n\nWe keep your name.\nWe keep your <b>email</b>.\nWe sell nothing.",
                                "# Politique\n\nNous gardons votre nom."),
                        version(
                                newer,
                                today.minusDays(1),
                                false,
                                "# Policy\n\nWe keep your name.\nWe keep your phone.\nWe sell nothing.",
                                "# Politique\n\nNous gardons votre nom et votre téléphone.")));
        Browser browser = new Browser();
        browser.get("/privacy/" + older)
                .then()
                .statusCode(200)
                .body(containsString("We keep your &lt;b&gt;email&lt;/b&gt;."))
                .body(containsString("This version is no longer in force."))
                .body(containsString("href=\"/privacy/" + older + "/changes\""));
        browser.get("/privacy/" + newer)
                .then()
                .statusCode(200)
                .body(containsString("We keep your phone."))
                .body(not(containsString("This version is no longer in force.")));
        browser.get("/privacy")
                .then()
                .statusCode(200)
                .body(containsString("We keep your phone."))
                .body(containsString("href=\"/privacy/" + older + "\""))
                .body(containsString("href=\"/privacy/2026-11\""))
                .body(containsString("href=\"/privacy/" + newer + "/changes\""));

        browser.get("/privacy/" + newer + "/changes")
                .then()
                .statusCode(200)
                .body(containsString("From version " + older))
                .body(
                        containsString(
                                "<th scope=\"row\">Removed</th><td data-label=\"Line in "
                                        + older
                                        + "\">4</td>"))
                .body(containsString("<del>We keep your &lt;b&gt;email&lt;/b&gt;.</del>"))
                .body(containsString("<ins>We keep your phone.</ins>"))
                .body(containsString("<th scope=\"row\">Added</th>"))
                .body(containsString("3 lines unchanged"))
                .body(not(containsString("<del>We keep your name.</del>")));
        Browser french = new Browser();
        french.setCookie("custodian_lang", "fr");
        french.get("/privacy/" + newer + "/changes")
                .then()
                .statusCode(200)
                .body(containsString("<del>Nous gardons votre nom.</del>"))
                .body(containsString("<ins>Nous gardons votre nom et votre téléphone.</ins>"));
        browser.get("/privacy/" + newer + "/changes?from=2026-11")
                .then()
                .statusCode(200)
                .body(containsString("From version 2026-11"))
                .body(containsString("<del># Privacy policy of Custodian</del>"));
        browser.get("/privacy/" + newer + "/changes?from=" + newer)
                .then()
                .statusCode(200)
                .body(containsString("No line changed between these two versions."));

        browser.get("/privacy/no-such-version").then().statusCode(404);
        browser.get("/privacy/no-such-version/changes").then().statusCode(404);
        browser.get("/privacy/" + newer + "/changes?from=no-such-version").then().statusCode(404);
        browser.get("/privacy/bad%21label").then().statusCode(400);
        browser.get("/privacy/" + newer + "/changes?from=%3Cb%3E").then().statusCode(400);
    }

    @Test
    void aVersionNotPublishedYetHasNoAddress() {
        String label = label();
        publishing.store(
                List.of(
                        version(
                                label,
                                LocalDate.now(ZoneOffset.UTC).plusYears(200),
                                false,
                                "Later.",
                                "Plus tard.")));
        new Browser().get("/privacy/" + label).then().statusCode(404);
        new Browser().get("/privacy").then().body(not(containsString(label)));
    }

    // --- the admin's publishing ---

    @Test
    void thePreviewRendersTheMarkdownAndPublishesNothing() {
        Browser admin = Accounts.signedInAdmin();
        long versions = Db.<Long>inTransaction(() -> PolicyVersion.count());
        Map<String, String> form =
                form(label(), "## Changes\n\n<script>alert(1)</script> [x](javascript:alert(1))");
        form.put("action", "preview");
        admin.submit("/admin/policies", "/admin/policies", form)
                .then()
                .statusCode(200)
                .body(containsString("Preview in English"))
                .body(containsString("<h3>Changes</h3>"))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(not(containsString("<script>alert")))
                .body(not(containsString("href=\"javascript:")))
                .body(containsString("value=\"" + form.get("version") + "\""))
                .body(containsString(">Résumé en français.</textarea>"));
        assertEquals(versions, (long) Db.<Long>inTransaction(() -> PolicyVersion.count()));
    }

    /**
     * Published a century ahead: the confirmation says how many accounts it mails, the publication
     * mails them all, and every session is then asked to accept it, whatever the address.
     */
    @Test
    void aRightsReducingVersionIsPublishedOnceConfirmedAndAcceptedAtTheNextSignIn() {
        User user = verified(Accounts.signedInUser());
        Browser admin = new Browser();
        String adminEmail = Accounts.signUp(admin);
        Db.makeAdmin(adminEmail);
        verify(adminEmail); // so that the announcement has several recipients, in the plural
        goAhead();
        signIn(admin, adminEmail, PASSWORD).then().statusCode(303);
        Browser openBefore = new Browser();
        signIn(openBefore, user.email(), PASSWORD).then().statusCode(303);
        int audience = publishing.audience();
        String label = label();
        Map<String, String> form = form(label, "We keep less & tell you more.");
        form.put("summary_en", "We keep less & tell you more.");
        form.put("reducesRights", "true");
        form.put("action", "publish");
        admin.submit("/admin/policies", "/admin/policies", form)
                .then()
                .statusCode(422)
                .body(
                        containsString(
                                "Tick the box to confirm that "
                                        + audience
                                        + " active accounts will be emailed now."))
                .body(containsString("Yes, email " + audience + " active accounts now"))
                .body(containsString(">We keep less &amp; tell you more.</textarea>"));
        assertFalse(publishing.versionTaken(label));
        assertEquals(0, mailsSinceAhead());

        form.put("confirmed", "yes");
        admin.submit("/admin/policies", "/admin/policies", form)
                .then()
                .statusCode(200)
                .body(
                        containsString(
                                "Version "
                                        + label
                                        + " is published; "
                                        + audience
                                        + " emails were queued."));
        assertEquals(audience, mailsSinceAhead());
        assertEquals(
                audience,
                count(
                        "SELECT COUNT(DISTINCT message_id) FROM outbox_mail WHERE kind = 'policyChanged' "
                                + "AND created_at >= ?1 AND message_id LIKE '<%@localhost>'"),
                "a Message-ID of its own for each");
        MailServer.Received mail = deliveredTo(user);
        assertTrue(mail.text().contains("We keep less & tell you more."), mail.text());
        assertEquals("/privacy/" + label + "/changes", mail.link("/privacy/" + label + "/changes"));

        // a session opened before the publication is asked on its next request, whatever the
        // address
        openBefore
                .get("/account/profile")
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/account/policy?next=%2Faccount%2Fprofile"));
        openBefore
                .get("/people?q=ada")
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/account/policy?next=%2Fpeople%3Fq%3Dada"));
        openBefore
                .post("/account/profile", Map.of("firstName", "Eve"))
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/account/policy?next=%2Faccount"));
        admin.get("/admin").then().statusCode(303);
        // nor through another spelling of the same path
        openBefore
                .get("/%61ccount/profile")
                .then()
                .statusCode(303)
                .header("Location", containsString("/account/policy"));
        openBefore.get("/account/data/%2E%2E/profile").then().statusCode(not(200));
        // what stays open without accepting: the policy, a copy of the data, closure, signing out
        openBefore.get("/account/policy").then().statusCode(200);
        openBefore.get("/account/data").then().statusCode(200);
        openBefore.get("/account/close").then().statusCode(200);
        openBefore.get("/privacy/" + label).then().statusCode(200);
        openBefore
                .submit("/account/data", "/logout", Map.of())
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/signed-out"));

        clock.advance(Duration.ofMinutes(1));
        signIn(user.browser(), user.email(), PASSWORD, "/account/profile")
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/account/policy?next=%2Faccount%2Fprofile"));
        user.browser()
                .get("/account/policy?next=%2Faccount%2Fprofile")
                .then()
                .statusCode(200)
                .body(
                        containsString(
                                "Version " + label + " of our privacy policy changes your rights"))
                .body(containsString("We keep less &amp; tell you more."));
        user.browser()
                .submit(
                        "/account/policy?next=%2Faccount%2Fprofile",
                        "/account/policy", Map.of("next", "/account/profile"))
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/account/profile"));
        signIn(user.browser(), user.email(), PASSWORD, "/account/profile")
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/account/profile"));
        new Browser().get("/privacy").then().body(containsString("Version " + label));
    }

    @Test
    void aPolicyFormWithAMissingTextATakenOrMalformedLabelPublishesNothing() {
        Browser admin = Accounts.signedInAdmin();
        long versions = Db.<Long>inTransaction(() -> PolicyVersion.count());

        Map<String, String> missing = form("", "Kept text");
        missing.remove("text_fr");
        missing.put("summary_fr", "  ");
        admin.submit("/admin/policies", "/admin/policies", missing)
                .then()
                .statusCode(422)
                .body(containsString("Enter the version label."))
                .body(containsString("Enter the summary in French."))
                .body(containsString("Enter the text in French."))
                .body(not(containsString("Enter the text in English.")))
                .body(containsString(">Kept text</textarea>"));
        // a text as long as the form allows, in letters of 9 bytes once percent-encoded, is
        // refused for what is missing, not for its size
        Map<String, String> longest = form("", "’".repeat(100_000));
        admin.submit("/admin/policies", "/admin/policies", longest)
                .then()
                .statusCode(422)
                .body(containsString("Enter the version label."))
                .body(not(containsString("Use at most")));

        admin.submit("/admin/policies", "/admin/policies", form(Accounts.POLICY_VERSION, "a"))
                .then()
                .statusCode(422)
                .body(containsString("This version label is already used."));
        for (String bad : List.of("bad label", "-dash-first", "<b>", "x".repeat(31))) {
            admin.submit("/admin/policies", "/admin/policies", form(bad, "a"))
                    .then()
                    .statusCode(422)
                    .body(
                            containsString(
                                    "value=\""
                                            + bad.replace("<", "&lt;").replace(">", "&gt;")
                                            + "\""));
        }
        admin.submit("/admin/policies", "/admin/policies", form("bad/label", "a"))
                .then()
                .statusCode(422)
                .body(
                        containsString(
                                "Use only letters, digits, dots, hyphens and underscores, beginning with a letter or a digit."));
        Map<String, String> unknownAction = form(label(), "a");
        unknownAction.put("action", "delete");
        admin.submit("/admin/policies", "/admin/policies", unknownAction).then().statusCode(400);

        Browser user = Accounts.signedInUser().browser();
        user.get("/admin/policies").then().statusCode(403);
        user.submit("/account", "/admin/policies", form(label(), "a")).then().statusCode(403);
        user.submit(
                        "/account",
                        "/admin/policies/" + Accounts.POLICY_VERSION + "/announce",
                        Map.of("confirmed", "yes"))
                .then()
                .statusCode(403);
        admin.post("/admin/policies", form(label(), "a")).then().statusCode(400);
        assertEquals(versions, (long) Db.<Long>inTransaction(() -> PolicyVersion.count()));
    }

    // --- helpers ---

    /** A label of this run, deleted at the end of the test. */
    private String label() {
        String label = "T" + Long.toString(System.nanoTime(), 36);
        added.add(label);
        return label;
    }

    private static Manifest.PolicyVersion version(
            String label, LocalDate date, boolean reducesRights, String en, String fr) {
        return new Manifest.PolicyVersion(
                label,
                date.toString(),
                reducesRights,
                new Text(Map.of("en", "Summary of " + label, "fr", "Résumé de " + label)),
                new Text(Map.of("en", en, "fr", fr)),
                null);
    }

    /** The publishing form, filled in every language. */
    private static Map<String, String> form(String label, String englishText) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", label);
        form.put("summary_en", "English summary.");
        form.put("text_en", englishText);
        form.put("summary_fr", "Résumé en français.");
        form.put("text_fr", "Texte en français.");
        return form;
    }

    /** The user, with the address verified: an announcement goes to verified addresses only. */
    private static User verified(User user) {
        verify(user.email());
        return user;
    }

    private static void verify(String email) {
        Db.verifyEmail(email);
    }

    /** A century ahead, frozen: what is published now applies to nothing outside this test. */
    private void goAhead() {
        clock.advance(Duration.ofDays(36_500));
        clock.freeze();
        ahead = clock.instant();
    }

    private static Map<String, String> storedBodies(String label) {
        return Db.inTransaction(
                () -> {
                    Map<String, String> bodies = new HashMap<>();
                    PolicyVersion.<PolicyVersion>find("version", label)
                            .firstResult()
                            .texts
                            .forEach((language, text) -> bodies.put(language, text.body()));
                    return bodies;
                });
    }

    private int mailsSinceAhead() {
        return count(
                "SELECT COUNT(*) FROM outbox_mail WHERE kind = 'policyChanged' AND created_at >= ?1");
    }

    private int count(String sql) {
        return Db.inTransaction(
                () ->
                        ((Number)
                                        Panache.getEntityManager()
                                                .createNativeQuery(sql)
                                                .setParameter(1, ahead)
                                                .getSingleResult())
                                .intValue());
    }

    /**
     * Sends the user's announcement, and only it (the others went to every account of the shared
     * test database), then returns it as received.
     */
    private MailServer.Received deliveredTo(User user) {
        Db.inTransaction(
                () ->
                        Panache.getEntityManager()
                                .createNativeQuery(
                                        "DELETE FROM outbox_mail WHERE kind = 'policyChanged' "
                                                + "AND created_at >= ?1 AND account_id <> ?2")
                                .setParameter(1, ahead)
                                .setParameter(2, user.id())
                                .executeUpdate());
        dispatcher.dispatchDue();
        return MailServer.single(user.email(), SUBJECT);
    }
}
