package dev.custodian.webhook;

import dev.custodian.jobs.BatchedJob;
import dev.custodian.secrets.SecretBox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jboss.logging.Logger;

/**
 * Delivers due events. A batch is claimed with FOR UPDATE SKIP LOCKED and its lease taken (each
 * delivery's next attempt moved one lease ahead) in a short transaction; the requests go out after
 * it commits, so no database connection waits on a receiver; the answers are written in a second
 * transaction. An instance that dies in between leaves its batch to be claimed again when the lease
 * ends: delivery is at least once, with the same {@code webhook-id} each time. A failure is retried
 * after 30s, doubling up to 1h; a failure once the event is older than 3 days makes it dead, kept
 * for an admin to send again.
 */
@Singleton
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    /** How much of a failed answer's body is kept, to tell the admin why. */
    private static final int ERROR_EXCERPT = 200;

    private static final int MAX_ERROR = 500;

    /** What one attempt needs once its claim has committed. */
    private record Claimed(
            UUID deliveryId,
            String messageId,
            String url,
            String secret,
            String body,
            Instant eventCreatedAt,
            int attempts) {}

    /** What the receiver answered: a status (0 when there was none) and, on failure, why. */
    private record Answer(int status, String error) {
        boolean delivered() {
            return status >= 200 && status < 300;
        }
    }

    private final WebhookConfig config;
    private final SecretBox secretBox;
    private final EndpointAddresses addresses;
    private final Clock clock;
    private final Vertx vertx;
    private final HttpClient http;

    WebhookDispatcher(
            WebhookConfig config,
            SecretBox secretBox,
            EndpointAddresses addresses,
            Clock clock,
            Vertx vertx) {
        this.config = config;
        this.secretBox = secretBox;
        this.addresses = addresses;
        this.clock = clock;
        this.vertx = vertx;
        // Redirects are not followed (Vert.x's default): a receiver answers itself, and a redirect
        // could point the signed event at an address the endpoint's check never saw. Vert.x is used
        // rather than java.net.http because it connects to a given address while TLS checks the
        // certificate against the endpoint's name. A connection per delivery of a batch, as many as
        // needed, so that the batch goes at once and ends within its lease even at one endpoint.
        this.http =
                vertx.createHttpClient(
                        new HttpClientOptions()
                                .setConnectTimeout((int) config.connectTimeout().toMillis())
                                .setVerifyHost(true)
                                .setMaxPoolSize(config.batchSize()));
    }

    /** Its pooled connections go with it (a test makes dispatchers of its own). */
    @PreDestroy
    void close() {
        http.close();
    }

    @Scheduled(
            every = "${custodian.webhooks.dispatch-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = DispatchDisabled.class)
    void onSchedule() {
        dispatchDue();
    }

    /** Delivers every event that is due, batch after batch; returns how many were attempted. */
    public int dispatchDue() {
        int total = 0;
        int claimed;
        do {
            List<Claimed> batch = claim();
            List<Answer> answers = send(batch);
            QuarkusTransaction.requiringNew().run(() -> record(batch, answers));
            claimed = batch.size();
            total += claimed;
        } while (claimed == config.batchSize());
        return total;
    }

    /**
     * Claims up to a batch of due deliveries to enabled endpoints: each counts an attempt and is
     * this instance's for one lease. Only delivery rows are locked, so that two dispatchers share
     * one endpoint's deliveries.
     */
    List<Claimed> claim() {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            Instant now = clock.instant();
                            List<WebhookDelivery> due =
                                    WebhookDelivery.<WebhookDelivery>find(
                                                    "status = ?1 and nextAttemptAt <= ?2 and endpoint.id in "
                                                            + "(select e.id from WebhookEndpoint e where e.enabled = true) "
                                                            + "order by nextAttemptAt",
                                                    WebhookDelivery.Status.PENDING,
                                                    now)
                                            .withLock(LockModeType.PESSIMISTIC_WRITE)
                                            .withHint(
                                                    "jakarta.persistence.lock.timeout",
                                                    BatchedJob.SKIP_LOCKED)
                                            .page(0, config.batchSize())
                                            .list();
                            return due.stream()
                                    .map(
                                            delivery -> {
                                                delivery.attempts++;
                                                delivery.nextAttemptAt = now.plus(config.lease());
                                                return new Claimed(
                                                        delivery.id,
                                                        delivery.event.messageId(),
                                                        delivery.endpoint.url,
                                                        new String(
                                                                secretBox.decrypt(
                                                                        delivery.endpoint
                                                                                .secretEncrypted),
                                                                StandardCharsets.UTF_8),
                                                        delivery.event.body,
                                                        delivery.event.createdAt,
                                                        delivery.attempts);
                                            })
                                    .toList();
                        });
    }

    /** Sends the batch at once, outside any transaction, and waits for every answer. */
    private List<Answer> send(List<Claimed> batch) {
        List<CompletableFuture<Answer>> answers = batch.stream().map(this::send).toList();
        return answers.stream().map(CompletableFuture::join).toList();
    }

    /** One attempt's answer; whatever goes wrong is that answer, never thrown out of the batch. */
    private CompletableFuture<Answer> send(Claimed claimed) {
        try {
            return attempt(claimed)
                    .toCompletionStage()
                    .toCompletableFuture()
                    .exceptionally(e -> new Answer(0, describe(e)));
        } catch (RuntimeException e) { // an unusable URL, or the client closing at shutdown
            return CompletableFuture.completedFuture(new Answer(0, describe(e)));
        }
    }

    private Future<Answer> attempt(Claimed claimed) {
        EndpointAddresses.Verdict verdict = addresses.verdict(claimed.url());
        if (verdict.refusal() != null) {
            return Future.succeededFuture(
                    new Answer(0, "Refused before sending: " + verdict.refusal()));
        }
        long timestamp = clock.instant().getEpochSecond();
        RequestOptions request =
                new RequestOptions()
                        .setAbsoluteURI(claimed.url())
                        .setMethod(HttpMethod.POST)
                        // also bounds the wait for a free connection of the pool
                        .setConnectTimeout(config.connectTimeout().toMillis())
                        .putHeader("content-type", "application/json")
                        .putHeader("webhook-id", claimed.messageId())
                        .putHeader("webhook-timestamp", Long.toString(timestamp))
                        .putHeader(
                                "webhook-signature",
                                Signatures.sign(
                                        claimed.secret(),
                                        claimed.messageId(),
                                        timestamp,
                                        claimed.body()));
        // The checked address, as an IP literal so that nothing resolves it and the pool keeps its
        // connections by address; the Host header, SNI and the certificate's check use the URL's
        // name.
        request.setServer(
                SocketAddress.inetSocketAddress(
                        request.getPort(), verdict.address().getHostAddress()));
        return http.request(request).compose(sending -> answerInTime(sending, claimed.body()));
    }

    /**
     * Sends the body and waits for the answer up to the request timeout, then gives up. Until then
     * the answer must also have ended: a receiver that goes quiet after its status loses its
     * connection, which would otherwise stay taken from the pool.
     */
    private Future<Answer> answerInTime(HttpClientRequest sending, String body) {
        long timeout = config.requestTimeout().toMillis();
        Promise<Answer> answered = Promise.promise();
        long deadline =
                vertx.setTimer(
                        timeout,
                        fired -> {
                            answered.tryComplete(
                                    new Answer(0, "No answer within " + timeout + " ms"));
                            sending.reset();
                        });
        sending.send(body)
                .onFailure(e -> vertx.cancelTimer(deadline))
                .onSuccess(
                        response -> response.end().onComplete(ended -> vertx.cancelTimer(deadline)))
                .compose(WebhookDispatcher::answer)
                .onComplete(
                        result -> {
                            if (result.succeeded()) {
                                answered.tryComplete(result.result());
                            } else {
                                answered.tryFail(result.cause());
                            }
                        });
        return answered.future();
    }

    /**
     * A success from its status alone (its body is read and dropped); a failure with at most a
     * short excerpt of its body, after which the connection is dropped rather than read to the end.
     */
    private static Future<Answer> answer(HttpClientResponse response) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return Future.succeededFuture(new Answer(status, null));
        }
        Promise<Answer> answered = Promise.promise();
        Buffer excerpt = Buffer.buffer();
        Runnable done =
                () -> {
                    String text = excerpt.toString(StandardCharsets.UTF_8).strip();
                    answered.tryComplete(
                            new Answer(
                                    status,
                                    "HTTP " + status + (text.isEmpty() ? "" : ": " + text)));
                };
        response.handler(
                chunk -> {
                    int room = ERROR_EXCERPT - excerpt.length();
                    excerpt.appendBuffer(chunk, 0, Math.min(room, chunk.length()));
                    if (excerpt.length() == ERROR_EXCERPT) {
                        done.run();
                        response.request().reset();
                    }
                });
        response.endHandler(end -> done.run());
        response.exceptionHandler(e -> done.run());
        return answered.future();
    }

    /**
     * Writes each answer to a delivery still pending (a redelivery after a lease ran out may have
     * finished it first). A delivered erasure fills in its recipient's proof.
     */
    private void record(List<Claimed> batch, List<Answer> answers) {
        Instant now = clock.instant();
        for (int i = 0; i < batch.size(); i++) {
            Claimed claimed = batch.get(i);
            Answer answer = answers.get(i);
            WebhookDelivery delivery = WebhookDelivery.findById(claimed.deliveryId());
            if (delivery == null || delivery.status != WebhookDelivery.Status.PENDING) {
                continue;
            }
            delivery.lastStatus = answer.status() == 0 ? null : answer.status();
            if (answer.delivered()) {
                delivery.status = WebhookDelivery.Status.DELIVERED;
                delivery.deliveredAt = now;
                delivery.lastError = null;
                ErasureNotices.told(delivery.id, now);
            } else {
                delivery.lastError = answer.error();
                if (now.isAfter(claimed.eventCreatedAt().plus(config.giveUpAfter()))) {
                    delivery.status = WebhookDelivery.Status.DEAD;
                    LOG.errorf(
                            "Webhook delivery %s (%s) is dead after %d attempts: %s",
                            delivery.id, claimed.messageId(), claimed.attempts(), answer.error());
                } else {
                    delivery.nextAttemptAt = now.plus(backoff(claimed.attempts()));
                    LOG.warnf(
                            "Webhook delivery %s (%s) failed (attempt %d), retrying at %s: %s",
                            delivery.id,
                            claimed.messageId(),
                            claimed.attempts(),
                            delivery.nextAttemptAt,
                            answer.error());
                }
            }
        }
    }

    /** 30 s, 1 min, 2 min ... up to the configured maximum. */
    Duration backoff(int attempts) {
        Duration wait = config.retryBase().multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(config.retryMax()) > 0 ? config.retryMax() : wait;
    }

    /**
     * Deletes events past {@code keep-delivered} that have nothing left to deliver; their proofs of
     * erasure stay.
     */
    @Scheduled(
            every = "1h",
            delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = BatchedJob.NotScheduled.class)
    void deleteDelivered() {
        QuarkusTransaction.requiringNew()
                .run(
                        () ->
                                WebhookEvent.delete(
                                        "createdAt < ?1 and id not in (select d.event.id from WebhookDelivery d "
                                                + "where d.status = ?2)",
                                        clock.instant().minus(config.keepDelivered()),
                                        WebhookDelivery.Status.PENDING));
    }

    private static String describe(Throwable e) {
        Throwable cause =
                e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        String text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }

    /** Skips the scheduled run when delivery is switched off (tests). */
    @Singleton
    static class DispatchDisabled implements Scheduled.SkipPredicate {

        private final WebhookConfig config;

        DispatchDisabled(WebhookConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.dispatch();
        }
    }
}
