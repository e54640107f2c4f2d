package dev.custodian.mail;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.testing.Accounts;
import dev.custodian.testing.Browser;
import dev.custodian.testing.Db;
import dev.custodian.testing.MailServer;
import dev.custodian.testing.TestClock;
import dev.custodian.testing.TestPorts;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox keeps every mail through SMTP outages, crashes and concurrent dispatchers. */
@QuarkusTest
class OutboxTest {

    private static final Pattern GAUGE =
            Pattern.compile("(?m)^(custodian_mail_\\w+)(?:\\{[^}]*\\})? (\\S+)$");

    @Inject MailDispatcher dispatcher;

    @Inject OutboxCleanup cleanup;

    @Inject Outbox outbox;

    @Inject TestClock clock;

    @BeforeEach
    void startMailServerAndSendWhatIsWaiting() {
        MailServer.start();
        dispatcher.dispatchDue();
    }

    @AfterEach
    void restore() {
        MailServer.start();
        clock.reset();
    }

    @Test
    void aMailWaitsWhileSmtpIsDownAndGoesOutWhenItIsBack() {
        clock.freeze();
        String to = recipient();
        UUID id = queue(to);
        MailServer.stop();

        dispatcher.dispatchDue();

        OutboxMail waiting = load(id);
        assertEquals(OutboxMail.Status.PENDING, waiting.status);
        assertEquals(1, waiting.attempts);
        assertNotNull(waiting.lastError);
        assertTrue(waiting.nextAttemptAt.isAfter(clock.instant()), "it waits before trying again");
        MailServer.start();
        dispatcher.dispatchDue();
        assertTrue(MailServer.to(to).isEmpty(), "not before its retry time");

        // its retry goes out, or, when it meets a connection the mailer pooled before the outage
        // and the server closed (a known Vert.x mail pool race), the one after it
        clock.advance(Duration.ofSeconds(31));
        dispatchAsScheduledUntil(clock.instant().plus(dispatcher.backoff(2)), id);

        assertEquals(1, MailServer.to(to).size());
        OutboxMail sent = load(id);
        assertEquals(OutboxMail.Status.SENT, sent.status);
        assertTrue(sent.attempts == 2 || sent.attempts == 3, "attempts: " + sent.attempts);
    }

    @Test
    void anSmtpOutageOfDaysLosesNothingAndAMailIsGivenUpOnlyWhenAnAttemptFailsAfterThreeDays() {
        clock.freeze();
        String early = recipient();
        UUID dead = queue(early);
        Instant queuedAt = clock.instant();
        MailServer.stop();

        dispatchAsScheduledUntil(queuedAt.plus(Duration.ofHours(24)), dead);
        OutboxMail aDayOld = load(dead);
        assertEquals(OutboxMail.Status.PENDING, aDayOld.status, "a day of outage gives up nothing");
        assertTrue(
                aDayOld.attempts > 8,
                "more attempts than a count of 8 would have allowed: " + aDayOld.attempts);
        dispatchAsScheduledUntil(queuedAt.plus(Duration.ofDays(2)), dead);
        String later = recipient();
        UUID waiting = queue(later);

        dispatchAsScheduledUntil(queuedAt.plus(Duration.ofDays(3)), dead, waiting);
        OutboxMail threeDaysOld = load(dead);
        assertEquals(OutboxMail.Status.PENDING, threeDaysOld.status, "not given up at three days");
        assertTrue(threeDaysOld.nextAttemptAt.isAfter(queuedAt.plus(Duration.ofDays(3))));
        dispatchAsScheduledUntil(threeDaysOld.nextAttemptAt, dead, waiting);

        OutboxMail deadLetter = load(dead);
        assertEquals(
                OutboxMail.Status.DEAD,
                deadLetter.status,
                "its first failed attempt past three days gives up");
        assertEquals(threeDaysOld.attempts + 1, deadLetter.attempts);
        assertTrue(deadLetter.lastError.contains("Connection refused"), deadLetter.lastError);
        assertFalse(deadLetter.lastError.contains("\tat "), "the causes, never a stack trace");
        assertEquals(OutboxMail.Status.PENDING, load(waiting).status);

        MailServer.start();
        // within two of the longest waits the server is back, as scheduled: the first attempt may
        // meet a connection the mailer kept from before the outage, or one the restarted server
        // closed while a busy machine was slow (GreenMail's 30 s idle timeout), and fail like any
        // attempt then
        Duration twoLongestWaits = dispatcher.backoff(Integer.MAX_VALUE).multipliedBy(2);
        dispatchAsScheduledUntil(load(waiting).nextAttemptAt.plus(twoLongestWaits), dead, waiting);
        assertEquals(1, MailServer.to(later).size(), "the mail queued during the outage went out");
        assertTrue(MailServer.to(early).isEmpty(), "a dead letter is kept, not retried");
    }

    @Test
    void twoDispatchersAtOnceSendEachMailExactlyOnce() throws Exception {
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            recipients.add(recipient());
        }
        QuarkusTransaction.requiringNew().run(() -> recipients.forEach(this::pending));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Integer> first =
                    CompletableFuture.supplyAsync(() -> awaitThenDispatch(start), pool);
            CompletableFuture<Integer> second =
                    CompletableFuture.supplyAsync(() -> awaitThenDispatch(start), pool);
            start.countDown();
            int attempted = first.get() + second.get();
            assertTrue(attempted >= 120, "between them they took every mail: " + attempted);
        } finally {
            pool.shutdown();
        }

        for (String to : recipients) {
            assertEquals(1, MailServer.to(to).size(), to);
        }
    }

    @Test
    void aCommittedMailSurvivesUntilADispatcherRunsAndACrashedAttemptLeavesItAsItWas() {
        String to = recipient();
        UUID id = queue(to);

        OutboxMail stored = load(id);
        assertEquals(OutboxMail.Status.PENDING, stored.status);
        assertTrue(MailServer.to(to).isEmpty());
        try {
            QuarkusTransaction.requiringNew()
                    .run(
                            () -> {
                                OutboxMail.<OutboxMail>findById(id).attempts = 99;
                                throw new IllegalStateException("the process died mid-send");
                            });
        } catch (IllegalStateException expected) {
            // the crash: its transaction never commits
        }
        assertEquals(0, load(id).attempts);

        dispatcher.dispatchDue();

        assertEquals(1, MailServer.to(to).size());
        assertEquals(OutboxMail.Status.SENT, load(id).status);
    }

    @Test
    void aMailArrivesWithItsRowsMessageIdAndASecondSendingAfterACrashCarriesTheSameOne() {
        String email = Accounts.signUp(new Browser());
        OutboxMail queued =
                Db.inTransaction(
                        () -> OutboxMail.<OutboxMail>find("recipient", email).singleResult());
        assertTrue(
                queued.messageId.matches(
                        "<[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@localhost>"),
                queued.messageId);

        dispatcher.dispatchDue();
        assertEquals(List.of(queued.messageId), messageIds(email));

        // The process died after the SMTP server took the mail and before the row said SENT.
        Db.inTransaction(
                () ->
                        Panache.getEntityManager()
                                .createNativeQuery(
                                        "UPDATE outbox_mail SET status = 'PENDING', sent_at = NULL WHERE id = ?1")
                                .setParameter(1, queued.id)
                                .executeUpdate());
        dispatcher.dispatchDue();

        assertEquals(List.of(queued.messageId, queued.messageId), messageIds(email));
        assertEquals(OutboxMail.Status.SENT, load(queued.id).status);
    }

    @Test
    void anAdminSeesEachDeadLetterAndSendsItAgainWithTheFormsToken() {
        clock.freeze();
        String to = recipient();
        UUID id =
                deadLetter(
                        to,
                        Duration.ofDays(4).plusHours(5),
                        "SmtpException: 550 <b>mailbox</b> unavailable");
        Browser admin = Accounts.signedInAdmin();
        admin.get("/admin").then().body(containsString("href=\"/admin/mail/dead\""));

        String row =
                row(admin.get("/admin/mail/dead").then().statusCode(200).extract().asString(), id);
        assertTrue(row.contains(">" + to + "<"), row);
        assertTrue(row.contains(">verifyEmail<"), row);
        assertTrue(
                row.contains("SmtpException: 550 &lt;b&gt;mailbox&lt;/b&gt; unavailable"),
                "escaped: " + row);
        assertTrue(row.contains("4 d 5 h"), row);
        String sendAgain = "/admin/mail/dead/" + id + "/send-again";

        new Browser()
                .get("/admin/mail/dead")
                .then()
                .statusCode(303)
                .header("Location", containsString("/login?next="));
        Accounts.signedInBrowser().get("/admin/mail/dead").then().statusCode(403);
        Accounts.signedInBrowser().submit("/account", sendAgain, Map.of()).then().statusCode(403);
        admin.post(sendAgain, Map.of()).then().statusCode(400);
        assertEquals(OutboxMail.Status.DEAD, load(id).status);

        admin.submit("/admin/mail/dead", sendAgain, Map.of())
                .then()
                .statusCode(303)
                .header("Location", Browser.redirectsTo("/admin/mail/dead"));
        admin.get("/admin/mail/dead")
                .then()
                .body(containsString("The mail is back in the queue"))
                .body(not(containsString(to)));
        OutboxMail requeued = load(id);
        assertEquals(OutboxMail.Status.PENDING, requeued.status);
        assertEquals(0, requeued.attempts);
        assertEquals(clock.instant(), requeued.nextAttemptAt);
        dispatcher.dispatchDue();
        assertEquals(
                List.of(requeued.messageId),
                messageIds(to),
                "sent once, with the Message-ID it always had");
        assertEquals(OutboxMail.Status.SENT, load(id).status);

        admin.submit("/admin/mail/dead", sendAgain, Map.of()).then().statusCode(404);
        admin.submit(
                        "/admin/mail/dead",
                        "/admin/mail/dead/" + UUID.randomUUID() + "/send-again",
                        Map.of())
                .then()
                .statusCode(404);
        admin.submit("/admin/mail/dead", "/admin/mail/dead/not-a-mail/send-again", Map.of())
                .then()
                .statusCode(404);
        assertEquals(1, MailServer.to(to).size());
    }

    @Test
    void theManagementPortShowsPendingAndDeadMailAndTheAgeOfTheOldestPendingOne() {
        clock.freeze();
        clock.advance(OutboxMetrics.FRESH);
        Map<String, Double> before = outboxGauges();
        assertEquals(countOf(OutboxMail.Status.PENDING), before.get("custodian_mail_pending"));
        assertEquals(countOf(OutboxMail.Status.DEAD), before.get("custodian_mail_dead"));
        List<UUID> added = new ArrayList<>();
        try {
            // Never due during the test, so that no dispatch takes them.
            added.add(waitingFor(Duration.ofDays(30)));
            added.add(waitingFor(Duration.ofMinutes(1)));
            added.add(deadLetter(recipient(), Duration.ofDays(5), "SmtpException: 421"));

            assertEquals(before, outboxGauges(), "read again only after " + OutboxMetrics.FRESH);
            clock.advance(OutboxMetrics.FRESH);
            Map<String, Double> after = outboxGauges();

            assertEquals(
                    before.get("custodian_mail_pending") + 2, after.get("custodian_mail_pending"));
            assertEquals(before.get("custodian_mail_dead") + 1, after.get("custodian_mail_dead"));
            Instant oldest =
                    Db.inTransaction(
                            () ->
                                    OutboxMail.<OutboxMail>find(
                                                    "status = ?1 order by createdAt",
                                                    OutboxMail.Status.PENDING)
                                            .firstResult()
                                            .createdAt);
            double age = after.get("custodian_mail_oldest_pending_age_seconds");
            assertEquals(Duration.between(oldest, clock.instant()).toMillis() / 1000.0, age, 0.001);
            assertTrue(
                    age >= Duration.ofDays(30).plus(OutboxMetrics.FRESH).toSeconds(),
                    "at least ours: " + age);
        } finally {
            Db.inTransaction(() -> OutboxMail.delete("id in ?1", added));
        }
    }

    @Test
    void sentMailIsDeletedAfterThirtyDaysAndNothingElseIs() {
        UUID sent = queue(recipient());
        dispatcher.dispatchDue();
        MailServer.stop();
        UUID pending = queue(recipient());

        clock.advance(Duration.ofDays(29));
        cleanup.deleteOldSentMail();
        assertNotNull(load(sent));

        clock.advance(Duration.ofDays(2));
        cleanup.deleteOldSentMail();

        assertNull(load(sent));
        assertNotNull(load(pending));
    }

    /**
     * Dispatches as the scheduler would, moving the frozen clock from one retry of these mails to
     * the next, until none of them is due by {@code end}.
     */
    private void dispatchAsScheduledUntil(Instant end, UUID... ids) {
        for (int round = 0; round < 1000; round++) {
            Optional<Instant> next =
                    Arrays.stream(ids)
                            .map(OutboxTest::load)
                            .filter(mail -> mail.status == OutboxMail.Status.PENDING)
                            .map(mail -> mail.nextAttemptAt)
                            .min(Comparator.naturalOrder())
                            .filter(due -> !due.isAfter(end));
            if (next.isEmpty()) {
                return;
            }
            if (next.get().isAfter(clock.instant())) {
                clock.advance(Duration.between(clock.instant(), next.get()));
            }
            dispatcher.dispatchDue();
        }
        throw new AssertionError("still due after 1000 dispatches");
    }

    private int awaitThenDispatch(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return dispatcher.dispatchDue();
    }

    private static String recipient() {
        return "outbox-" + UUID.randomUUID() + "@example.com";
    }

    private UUID queue(String to) {
        Instant due = clock.instant();
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            OutboxMail mail = pending(to);
                            mail.nextAttemptAt = due;
                            mail.createdAt = due;
                            return mail.id;
                        });
    }

    private OutboxMail pending(String to) {
        OutboxMail mail = new OutboxMail();
        mail.kind = "test";
        mail.messageId = outbox.newMessageId();
        mail.recipient = to;
        mail.subject = "Outbox test";
        mail.bodyText = "Plain text";
        mail.bodyHtml = "<p>HTML</p>";
        mail.status = OutboxMail.Status.PENDING;
        mail.nextAttemptAt = Instant.now().minusSeconds(1);
        mail.createdAt = Instant.now();
        mail.persist();
        return mail;
    }

    /**
     * A mail the outbox gave up on: kind verifyEmail, {@code age} old, failed with {@code error}.
     */
    private UUID deadLetter(String to, Duration age, String error) {
        Instant now = clock.instant();
        return Db.inTransaction(
                () -> {
                    OutboxMail mail = pending(to);
                    mail.kind = "verifyEmail";
                    mail.status = OutboxMail.Status.DEAD;
                    mail.attempts = 23;
                    mail.lastError = error;
                    mail.createdAt = now.minus(age);
                    return mail.id;
                });
    }

    /** A pending mail created {@code age} ago and not due for a year. */
    private UUID waitingFor(Duration age) {
        Instant now = clock.instant();
        return Db.inTransaction(
                () -> {
                    OutboxMail mail = pending(recipient());
                    mail.createdAt = now.minus(age);
                    mail.nextAttemptAt = now.plus(Duration.ofDays(365));
                    return mail.id;
                });
    }

    /** The table row of mail {@code id} on the dead letters page. */
    private static String row(String page, UUID id) {
        int start = page.indexOf("id=\"mail-" + id + "\"");
        assertTrue(start >= 0, "no row for " + id);
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private static double countOf(OutboxMail.Status status) {
        return Db.inTransaction(() -> OutboxMail.count("status", status));
    }

    /** The custodian_mail_* gauges as /q/metrics on the management port shows them. */
    private static Map<String, Double> outboxGauges() {
        String metrics =
                RestAssured.given()
                        .port(TestPorts.MANAGEMENT)
                        .get("/q/metrics")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        Map<String, Double> gauges = new TreeMap<>();
        Matcher line = GAUGE.matcher(metrics);
        while (line.find()) {
            gauges.put(line.group(1), Double.parseDouble(line.group(2)));
        }
        assertEquals(
                Set.of(
                        "custodian_mail_pending",
                        "custodian_mail_dead",
                        "custodian_mail_oldest_pending_age_seconds"),
                gauges.keySet(),
                metrics);
        return gauges;
    }

    private static List<String> messageIds(String to) {
        return MailServer.to(to).stream().map(mail -> mail.header("Message-ID")).toList();
    }

    private static OutboxMail load(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail>findById(id));
    }
}
