package dev.custodian.mail;

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
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox keeps every mail through SMTP outages, crashes and concurrent dispatchers. */
@QuarkusTest
class OutboxTest {

    @Inject
    MailDispatcher dispatcher;

    @Inject
    OutboxCleanup cleanup;

    @Inject
    Outbox outbox;

    @Inject
    TestClock clock;

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

        clock.advance(Duration.ofSeconds(31));
        dispatcher.dispatchDue();

        assertEquals(1, MailServer.to(to).size());
        OutboxMail sent = load(id);
        assertEquals(OutboxMail.Status.SENT, sent.status);
        assertEquals(2, sent.attempts);
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
        assertTrue(aDayOld.attempts > 8, "more attempts than a count of 8 would have allowed: " + aDayOld.attempts);
        dispatchAsScheduledUntil(queuedAt.plus(Duration.ofDays(2)), dead);
        String later = recipient();
        UUID waiting = queue(later);

        dispatchAsScheduledUntil(queuedAt.plus(Duration.ofDays(3)), dead, waiting);
        OutboxMail threeDaysOld = load(dead);
        assertEquals(OutboxMail.Status.PENDING, threeDaysOld.status, "not given up at three days");
        assertTrue(threeDaysOld.nextAttemptAt.isAfter(queuedAt.plus(Duration.ofDays(3))));
        dispatchAsScheduledUntil(threeDaysOld.nextAttemptAt, dead, waiting);

        OutboxMail deadLetter = load(dead);
        assertEquals(OutboxMail.Status.DEAD, deadLetter.status, "its first failed attempt past three days gives up");
        assertEquals(threeDaysOld.attempts + 1, deadLetter.attempts);
        assertTrue(deadLetter.lastError.contains("Connection refused"), deadLetter.lastError);
        assertFalse(deadLetter.lastError.contains("\tat "), "the causes, never a stack trace");
        assertEquals(OutboxMail.Status.PENDING, load(waiting).status);

        MailServer.start();
        dispatchAsScheduledUntil(load(waiting).nextAttemptAt, dead, waiting);
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
            CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> awaitThenDispatch(start), pool);
            CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> awaitThenDispatch(start), pool);
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
            QuarkusTransaction.requiringNew().run(() -> {
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
        OutboxMail queued = Db.inTransaction(() -> OutboxMail.<OutboxMail>find("recipient", email).singleResult());
        assertTrue(queued.messageId.matches("<[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@localhost>"),
                queued.messageId);

        dispatcher.dispatchDue();
        assertEquals(List.of(queued.messageId), messageIds(email));

        // The process died after the SMTP server took the mail and before the row said SENT.
        Db.inTransaction(() -> Panache.getEntityManager().createNativeQuery(
                "UPDATE outbox_mail SET status = 'PENDING', sent_at = NULL WHERE id = ?1")
                .setParameter(1, queued.id).executeUpdate());
        dispatcher.dispatchDue();

        assertEquals(List.of(queued.messageId, queued.messageId), messageIds(email));
        assertEquals(OutboxMail.Status.SENT, load(queued.id).status);
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
            Optional<Instant> next = Arrays.stream(ids).map(OutboxTest::load)
                    .filter(mail -> mail.status == OutboxMail.Status.PENDING).map(mail -> mail.nextAttemptAt)
                    .min(Comparator.naturalOrder()).filter(due -> !due.isAfter(end));
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
        return QuarkusTransaction.requiringNew().call(() -> {
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

    private static List<String> messageIds(String to) {
        return MailServer.to(to).stream().map(mail -> mail.header("Message-ID")).toList();
    }

    private static OutboxMail load(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail>findById(id));
    }
}
