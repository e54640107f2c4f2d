package dev.custodian.api;

import dev.custodian.jobs.BatchedJob;
import dev.custodian.secrets.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * POSTs happen once per Idempotency-Key (draft-ietf-httpapi-idempotency-key-header): the first
 * request's success is stored with a fingerprint of the request, in the transaction of the change
 * itself, so that the answer is kept exactly when the change is. The same key with the same request
 * gets the stored answer again; with another request, a 422. Refusals are not stored: a retry is
 * judged again. Answers are forgotten after {@code custodian.api.idempotency-retention}.
 */
@Singleton
public class Idempotency {

    /** An answer to a POST: status, Location (or null) and JSON body. */
    record Answer(int status, String location, String body, boolean replayed) {
        Answer(int status, String location, String body) {
            this(status, location, body, false);
        }
    }

    /** RFC 9110 token characters only, and not too long to store. */
    private static final String KEY_FORM = "[!#$%&'*+.^_`|~0-9A-Za-z-]{1,255}";

    private static final String UNIQUE_VIOLATION = "23505";

    private final ApiConfig config;
    private final Clock clock;

    Idempotency(ApiConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /**
     * Runs {@code change} (which throws {@link ApiProblem} to refuse) once for the key's {@code
     * idempotencyKey}. Must be called outside a transaction.
     */
    Answer once(
            ApiKey key,
            String idempotencyKey,
            String method,
            String path,
            String body,
            Supplier<Answer> change) {
        String fingerprint = Tokens.sha256(method + " " + path + "\n" + body);
        return againAfterConflict(
                () ->
                        QuarkusTransaction.requiringNew()
                                .call(() -> attempt(key, idempotencyKey, fingerprint, change)));
    }

    /**
     * Runs {@code work}, a transaction, a second time when it failed on a unique key: a request
     * with the same Idempotency-Key (or invoice number, or product id) committed meanwhile, and
     * judged again this one is now a replay or a refusal instead of a failure.
     */
    static <T> T againAfterConflict(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            return work.get();
        }
    }

    /** The key the header carries, or a 400 when it is missing or malformed. */
    static String required(String header, String detail) {
        if (header == null || !header.matches(KEY_FORM)) {
            throw new ApiProblem(ProblemType.IDEMPOTENCY_KEY_MISSING, detail);
        }
        return header;
    }

    private Answer attempt(
            ApiKey key, String idempotencyKey, String fingerprint, Supplier<Answer> change) {
        var stored = IdempotentRequest.of(key.id, idempotencyKey);
        if (stored.isPresent()) {
            IdempotentRequest earlier = stored.get();
            if (!earlier.fingerprint.equals(fingerprint)) {
                throw new ApiProblem(ProblemType.IDEMPOTENCY_KEY_REUSED, null);
            }
            return new Answer(earlier.status, earlier.location, earlier.body, true);
        }
        Answer answer = change.get();
        IdempotentRequest request = new IdempotentRequest();
        request.apiKeyId = key.id;
        request.idempotencyKey = idempotencyKey;
        request.fingerprint = fingerprint;
        request.status = answer.status();
        request.location = answer.location();
        request.body = answer.body();
        request.createdAt = clock.instant();
        request.persistAndFlush();
        return answer;
    }

    private static boolean isUniqueViolation(Throwable failure) {
        return Stream.iterate(failure, c -> c != null, c -> c.getCause() == c ? null : c.getCause())
                .anyMatch(
                        c ->
                                c instanceof SQLException sql
                                        && UNIQUE_VIOLATION.equals(sql.getSQLState()));
    }

    @Scheduled(
            every = "1h",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = BatchedJob.NotScheduled.class)
    void onSchedule() {
        forgetOld();
    }

    /** Deletes the answers older than the retention: a retry after it is a new request. */
    @Transactional
    public long forgetOld() {
        return IdempotentRequest.delete(
                "createdAt < ?1", clock.instant().minus(config.idempotencyRetention()));
    }
}
