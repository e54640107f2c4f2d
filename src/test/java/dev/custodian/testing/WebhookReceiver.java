package dev.custodian.testing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A real HTTP receiver of events in the test JVM (a Vert.x server on a free port of the loopback).
 * It keeps every request and answers with the statuses it is told, then 200. It can be stopped and
 * started again on the same port, as a receiver that is down for a while.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived: its headers (lower-case names) and body. */
    public record Received(Map<String, String> headers, String body) {
        public String id() {
            return headers.get("webhook-id");
        }
    }

    private final Vertx vertx = Vertx.vertx();
    private final List<Received> received = new ArrayList<>();

    private static final Consumer<HttpServerResponse> OK = response -> response.end();

    private final AtomicInteger closedConnections = new AtomicInteger();

    /** How the next requests are answered, in order; after them, 200. */
    private final Deque<Consumer<HttpServerResponse>> answers = new ArrayDeque<>();

    private HttpServer server;
    private int port;

    public static WebhookReceiver start() {
        WebhookReceiver receiver = new WebhookReceiver();
        receiver.listen(0);
        return receiver;
    }

    private void listen(int onPort) {
        server =
                vertx.createHttpServer()
                        .connectionHandler(
                                connection ->
                                        connection.closeHandler(
                                                closed -> closedConnections.incrementAndGet()))
                        .requestHandler(
                                request ->
                                        request.body()
                                                .onSuccess(
                                                        body -> {
                                                            Map<String, String> headers =
                                                                    new TreeMap<>();
                                                            request.headers()
                                                                    .forEach(
                                                                            h ->
                                                                                    headers.put(
                                                                                            h.getKey()
                                                                                                    .toLowerCase(),
                                                                                            h
                                                                                                    .getValue()));
                                                            Consumer<HttpServerResponse> answer;
                                                            synchronized (this) {
                                                                received.add(
                                                                        new Received(
                                                                                headers,
                                                                                body.toString(
                                                                                        StandardCharsets
                                                                                                .UTF_8)));
                                                                answer = answers.poll();
                                                            }
                                                            (answer == null ? OK : answer)
                                                                    .accept(request.response());
                                                        }));
        server.listen(onPort, "127.0.0.1").toCompletionStage().toCompletableFuture().join();
        port = server.actualPort();
    }

    /** http://127.0.0.1:port/events */
    public String url() {
        return "http://127.0.0.1:" + port + "/events";
    }

    /** The next requests get these statuses, in order; after them, 200. */
    public synchronized WebhookReceiver answer(Integer... statuses) {
        for (int status : statuses) {
            answerWithBody(status, status == 200 ? "" : "receiver says no");
        }
        return this;
    }

    /** The next request gets no answer at all: the connection stays open, silent. */
    public synchronized WebhookReceiver silence() {
        answers.add(response -> {});
        return this;
    }

    /** The next request gets a 200 and one byte of the 100 it announces, then nothing. */
    public synchronized WebhookReceiver statusThenQuiet() {
        answers.add(response -> response.putHeader("content-length", "100").write("x"));
        return this;
    }

    /** How many connections the other side has closed. */
    public int closedConnections() {
        return closedConnections.get();
    }

    /** The next request gets this status and body. */
    public synchronized WebhookReceiver answerWithBody(int status, String body) {
        answers.add(response -> response.setStatusCode(status).end(body));
        return this;
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** Closes the port: attempts are refused, as by a receiver that is down. */
    public void down() {
        server.close().toCompletionStage().toCompletableFuture().join();
    }

    /** Listens on the same port again. */
    public void up() {
        listen(port);
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    /**
     * Verifies a request as the Standard Webhooks specification says, written from the
     * specification and not from the application's code: the secret's bytes are the base64 after
     * {@code whsec_}; the content signed is {@code id.timestamp.body}; the header holds
     * space-separated {@code v1,<base64 HMAC-SHA256>} signatures, one of which must match.
     */
    public static boolean verify(String secret, Received request) {
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String content =
                    request.headers().get("webhook-id")
                            + "."
                            + request.headers().get("webhook-timestamp")
                            + "."
                            + request.body();
            byte[] expected = mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
            for (String signature : request.headers().get("webhook-signature").split(" ")) {
                String[] parts = signature.split(",", 2);
                if (parts[0].equals("v1")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                    return true;
                }
            }
            return false;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
