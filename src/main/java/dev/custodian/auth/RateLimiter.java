package dev.custodian.auth;

import dev.custodian.jobs.BatchedJob;
import dev.custodian.web.TooManyRequestsException;
import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Token buckets kept in PostgreSQL (Bucket4j's backend, SELECT ... FOR UPDATE), so that a limit
 * holds across every instance. Callers must not be inside a transaction: each check commits on its
 * own connection. On H2 (dev mode, one instance) the buckets live in memory, because Bucket4j's
 * INSERT ... ON CONFLICT (id) is PostgreSQL syntax that H2 refuses.
 */
@Singleton
public class RateLimiter {

    private static final int EXPIRED_BATCH = 1000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> shared;
    private final ConcurrentMap<String, Bucket> inMemory = new ConcurrentHashMap<>();

    // quarkus.datasource.db-kind is Quarkus's own (build-time) property, defined and documented by
    // its datasource mapping: a Custodian mapping under quarkus.* would declare it a second time,
    // so it is read by name.
    RateLimiter(
            AgroalDataSource dataSource,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.shared =
                !"postgresql".equals(dbKind)
                        ? null
                        : Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                                .table("rate_limit_bucket")
                                .idColumn("id")
                                .stateColumn("state")
                                .expiresAtColumn("expires_at")
                                .expirationAfterWrite(
                                        ExpirationAfterWriteStrategy
                                                .basedOnTimeForRefillingBucketUpToMax(
                                                        Duration.ofMinutes(1)))
                                .build();
    }

    /**
     * Takes one token from the bucket {@code key}, which holds {@code capacity} tokens refilled
     * over {@code period}; throws {@link TooManyRequestsException} when it is empty.
     */
    public void consume(String key, long capacity, Duration period) {
        // The limit is part of the key: a bucket stored under an old limit must not outlive a
        // change.
        String bucketKey = key + "@" + capacity + "/" + period.toSeconds() + "s";
        BucketConfiguration configuration =
                BucketConfiguration.builder()
                        .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                        .build();
        Bucket bucket =
                shared != null
                        ? shared.builder().build(bucketKey, () -> configuration)
                        : inMemory.computeIfAbsent(
                                bucketKey,
                                k ->
                                        Bucket.builder()
                                                .addLimit(configuration.getBandwidths()[0])
                                                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequestsException(
                    TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        }
    }

    @Scheduled(
            every = "10m",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = BatchedJob.NotScheduled.class)
    void removeFullBuckets() {
        if (shared == null) {
            return;
        }
        while (shared.removeExpired(EXPIRED_BATCH) == EXPIRED_BATCH) {
            // keep deleting in batches until a short one says the table is clean
        }
    }
}
