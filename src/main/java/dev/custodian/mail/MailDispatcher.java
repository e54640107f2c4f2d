package dev.custodian.mail;

import dev.custodian.manifest.Manifest;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.mailer.MailerName;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Sends due outbox mail. Each batch is claimed with FOR UPDATE SKIP LOCKED and sent inside that
 * transaction, so any number of dispatchers (threads or instances) share the work and each mail is
 * taken by one; a process that dies mid-batch rolls back and the mail is sent again later. Delivery
 * is therefore at least once: a mail sent again carries its row's Message-ID, the same each time,
 * so that receivers can drop the copy.
 */
@Singleton
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class);

    /** Hibernate's lock timeout for SKIP LOCKED (jakarta.persistence.lock.timeout = -2). */
    private static final int SKIP_LOCKED = -2;

    private static final int MAX_ERROR = 2000;

    private final Mailer mailer;
    private final Mailer marketingMailer;
    private final MailConfig config;
    private final Clock clock;
    private final Manifest manifest;

    /**
     * Marketing mail has a mailer of its own: another sender address, and DKIM over the unsubscribe
     * headers.
     */
    MailDispatcher(
            Mailer mailer,
            @MailerName("marketing") Mailer marketingMailer,
            MailConfig config,
            Clock clock,
            Manifest manifest) {
        this.mailer = mailer;
        this.marketingMailer = marketingMailer;
        this.config = config;
        this.clock = clock;
        this.manifest = manifest;
    }

    @Scheduled(
            every = "${custodian.mail.dispatch-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = DispatchDisabled.class)
    void onSchedule() {
        dispatchDue();
    }

    /** Sends every mail that is due, batch after batch; returns how many were attempted. */
    public int dispatchDue() {
        int total = 0;
        int attempted;
        do {
            attempted = QuarkusTransaction.requiringNew().call(this::dispatchBatch);
            total += attempted;
        } while (attempted == config.batchSize());
        return total;
    }

    private int dispatchBatch() {
        Instant now = clock.instant();
        List<OutboxMail> batch =
                OutboxMail.<OutboxMail>find(
                                "status = ?1 and nextAttemptAt <= ?2 order by nextAttemptAt",
                                OutboxMail.Status.PENDING,
                                now)
                        .withLock(LockModeType.PESSIMISTIC_WRITE)
                        .withHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                        .page(0, config.batchSize())
                        .list();
        for (OutboxMail mail : batch) {
            send(mail, now);
        }
        return batch.size();
    }

    private void send(OutboxMail mail, Instant now) {
        // A campaign's mail to a reader who unsubscribed or closed since it was queued must not
        // leave; a test copy, which belongs to no campaign, goes to the admin who asked for it.
        // None leaves once the company's manifest offers no marketing, or no longer its category.
        if (mail.stream == OutboxMail.Stream.MARKETING
                && (!manifest.marketing().enabled()
                        || mail.campaignId != null && !stillWanted(mail))) {
            mail.delete();
            return;
        }
        mail.attempts++;
        try {
            (mail.stream == OutboxMail.Stream.MARKETING ? marketingMailer : mailer)
                    .send(toMail(mail));
            mail.status = OutboxMail.Status.SENT;
            mail.sentAt = now;
            mail.lastError = null;
        } catch (RuntimeException e) {
            mail.lastError = describe(e);
            if (now.isAfter(mail.createdAt.plus(config.giveUpAfter()))) {
                mail.status = OutboxMail.Status.DEAD;
                LOG.errorf(
                        "Mail %s is a dead letter after %d attempts since %s: %s",
                        mail.id, mail.attempts, mail.createdAt, mail.lastError);
            } else {
                mail.nextAttemptAt = now.plus(backoff(mail.attempts));
                LOG.warnf(
                        "Mail %s not sent (attempt %d), retrying at %s: %s",
                        mail.id, mail.attempts, mail.nextAttemptAt, mail.lastError);
            }
        }
    }

    /**
     * The recipient's account is open and still subscribed to the campaign's category, which the
     * manifest still offers.
     */
    private boolean stillWanted(OutboxMail mail) {
        List<?> categories =
                Panache.getEntityManager()
                        .createNativeQuery(
                                "SELECT c.category FROM campaign c "
                                        + "JOIN communication_preference p ON p.category = c.category AND p.subscribed = TRUE "
                                        + "JOIN account a ON a.id = p.account_id AND a.status = 'ACTIVE' "
                                        + "WHERE c.id = ?1 AND p.account_id = ?2")
                        .setParameter(1, mail.campaignId)
                        .setParameter(2, mail.accountId)
                        .getResultList();
        return categories.stream()
                .anyMatch(
                        category ->
                                manifest.marketing().categories().stream()
                                        .anyMatch(offered -> offered.id().equals(category)));
    }

    /** 30 s, 1 min, 2 min ... up to the configured maximum. */
    Duration backoff(int attempts) {
        Duration wait = config.retryBase().multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(config.retryMax()) > 0 ? config.retryMax() : wait;
    }

    private static Mail toMail(OutboxMail mail) {
        // The row's Message-ID replaces the one the Vert.x mail client would make up at each
        // attempt
        // (its encoder lets a header of the message override its own); DKIM signs it as set here.
        Mail message =
                Mail.withText(mail.recipient, mail.subject, mail.bodyText)
                        .setHtml(mail.bodyHtml)
                        .addHeader("Message-ID", mail.messageId);
        if (mail.headers != null) {
            mail.headers
                    .lines()
                    .filter(line -> line.contains(":"))
                    .forEach(
                            line -> {
                                int colon = line.indexOf(':');
                                message.addHeader(
                                        line.substring(0, colon).strip(),
                                        line.substring(colon + 1).strip());
                            });
        }
        return message;
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = e;
                cause != null && text.length() < MAX_ERROR;
                cause = cause.getCause()) {
            text.append(text.length() == 0 ? "" : " <- ")
                    .append(cause.getClass().getSimpleName())
                    .append(": ")
                    .append(cause.getMessage());
        }
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text.toString();
    }

    /** Skips the scheduled run when dispatching is switched off (dev mode). */
    @Singleton
    static class DispatchDisabled implements Scheduled.SkipPredicate {

        private final MailConfig config;

        DispatchDisabled(MailConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !config.dispatch();
        }
    }
}
