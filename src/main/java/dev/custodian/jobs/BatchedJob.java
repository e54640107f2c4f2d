package dev.custodian.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;
import java.util.function.IntSupplier;

/** Runs a job's batches, each in its own transaction, until a batch comes back short. */
public final class BatchedJob {

    /** Hibernate's lock timeout for SKIP LOCKED (jakarta.persistence.lock.timeout = -2). */
    public static final int SKIP_LOCKED = -2;

    private BatchedJob() {}

    /**
     * {@code batch} claims at most {@code size} rows with SKIP LOCKED, handles them and says how
     * many.
     */
    public static int untilDone(int size, IntSupplier batch) {
        int total = 0;
        int done;
        do {
            done = QuarkusTransaction.requiringNew().call(batch::getAsInt);
            total += done;
        } while (done == size);
        return total;
    }

    /** Skips the scheduled runs where the jobs are run by hand (tests). */
    @Singleton
    public static class NotScheduled implements Scheduled.SkipPredicate {

        private final boolean scheduled;

        /**
         * custodian.retention.schedule switches off every batched and clean-up job, not only
         * retention's.
         */
        NotScheduled(JobsConfig config) {
            this.scheduled = config.schedule();
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !scheduled;
        }
    }
}
