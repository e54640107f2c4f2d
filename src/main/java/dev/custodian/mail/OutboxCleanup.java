package dev.custodian.mail;

import dev.custodian.jobs.BatchedJob;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Deletes sent mail once it is old enough (it holds personal data and has done its job). */
@Singleton
public class OutboxCleanup {

    private final MailConfig config;
    private final Clock clock;

    OutboxCleanup(MailConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(
            every = "1h",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = BatchedJob.NotScheduled.class)
    void onSchedule() {
        deleteOldSentMail();
    }

    @Transactional
    public long deleteOldSentMail() {
        return OutboxMail.delete(
                "status = ?1 and sentAt < ?2",
                OutboxMail.Status.SENT,
                clock.instant().minus(config.keepSent()));
    }
}
