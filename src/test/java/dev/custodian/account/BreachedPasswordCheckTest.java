package dev.custodian.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The range check against a stand-in for the Pwned Passwords API on 127.0.0.1. */
class BreachedPasswordCheckTest {

    /** Passwords every other rule accepts, so that only the range check can refuse them. */
    private static final String LEAKED = "amber walrus polishes the lighthouse";

    private static final String PADDED = "seven quiet herons fold umbrellas";
    private static final String UNKNOWN = "copper kettles hum beneath the glacier";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final List<HttpExchange> received = new CopyOnWriteArrayList<>();
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture =
            new Handler() {
                @Override
                public void publish(LogRecord record) {
                    logged.add(record);
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };
    private final Logger log = Logger.getLogger(BreachedPasswordCheck.class.getName());
    private HttpServer server;
    private ExecutorService handlers;
    private volatile int status = 200;
    private volatile String body =
            suffix(LEAKED)
                    + ":42\r\n"
                    + suffix(PADDED)
                    + ":0\r\n"
                    + "0018A45C4D1DEF81644B54AB7F969B88D65:3\r\n";
    private volatile long delayMillis;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0);
        // handlers on threads of their own, so that stopping interrupts one still sleeping
        handlers = Executors.newCachedThreadPool();
        server.setExecutor(handlers);
        server.createContext("/range/", this::answer);
        server.start();
        log.addHandler(capture);
    }

    @AfterEach
    void stop() {
        log.removeHandler(capture);
        handlers.shutdownNow();
        server.stop(0);
    }

    @Test
    void sendsOnlyTheFirstFiveHexDigitsOfTheHashAndAsksForPadding() {
        check(TIMEOUT).breached(LEAKED);

        assertEquals(1, received.size());
        HttpExchange request = received.get(0);
        String prefix = BreachedPasswordCheck.sha1Hex(LEAKED).substring(0, 5);
        assertEquals("/range/" + prefix, request.getRequestURI().toString());
        assertEquals("true", request.getRequestHeaders().getFirst("Add-Padding"));
        assertTrue(request.getRequestHeaders().getFirst("User-Agent").contains("Custodian"));
    }

    @Test
    void refusesAListedPassword() {
        assertEquals(
                Optional.of("password_breached"),
                PasswordPolicyTest.check(policy(check(TIMEOUT)), LEAKED));
        assertTrue(logged.isEmpty());
    }

    @Test
    void aPaddingEntryWithTheCountZeroIsNoBreach() {
        assertFalse(check(TIMEOUT).breached(PADDED));
        assertTrue(logged.isEmpty());
    }

    @Test
    void acceptsAPasswordTheAnswerDoesNotList() {
        assertEquals(Optional.empty(), PasswordPolicyTest.check(policy(check(TIMEOUT)), UNKNOWN));
        assertTrue(logged.isEmpty());
    }

    @Test
    void failsOpenOnAnErrorStatus() {
        status = 500;

        assertFailsOpen(check(TIMEOUT), "HTTP 500");
    }

    @Test
    void failsOpenWhenTheAnswerTakesLongerThanTheTimeout() {
        delayMillis = 10_000;
        long started = System.nanoTime();

        assertFailsOpen(check(Duration.ofMillis(200)), "HttpTimeoutException");
        assertTrue(
                Duration.ofNanos(System.nanoTime() - started).toMillis() < 2_000,
                "waited past the timeout");
    }

    @Test
    void failsOpenOnAnAnswerThatIsNotARangeList() {
        body = "<html><body>Service temporarily unavailable</body></html>";

        assertFailsOpen(check(TIMEOUT), "not SUFFIX:COUNT");
    }

    @Test
    void failsOpenWhenNothingListens() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
            closedPort = socket.getLocalPort();
        }
        BreachedPasswordCheck check =
                new BreachedPasswordCheck(
                        Optional.of("http://127.0.0.1:" + closedPort + "/range/"), TIMEOUT);

        assertFailsOpen(check, "ConnectException");
    }

    @Test
    void asksNothingWhenNoUrlIsConfigured() {
        assertFalse(PasswordPolicyTest.NO_RANGE_CHECK.breached(LEAKED));
        assertTrue(received.isEmpty());
    }

    /**
     * Not refused, and one warning that tells why without the password, its hash or a stack trace.
     */
    private void assertFailsOpen(BreachedPasswordCheck check, String reason) {
        assertEquals(Optional.empty(), PasswordPolicyTest.check(policy(check), LEAKED));

        assertEquals(1, logged.size(), "one line logged");
        LogRecord warning = logged.get(0);
        assertEquals(Level.WARNING.intValue(), warning.getLevel().intValue());
        assertTrue(warning.getMessage().contains(reason), warning.getMessage());
        assertFalse(warning.getMessage().contains(LEAKED));
        assertFalse(
                warning.getMessage()
                        .contains(BreachedPasswordCheck.sha1Hex(LEAKED).substring(0, 5)));
        assertNull(warning.getThrown());
    }

    private void answer(HttpExchange exchange) throws IOException {
        received.add(exchange);
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            exchange.close();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private BreachedPasswordCheck check(Duration timeout) {
        return new BreachedPasswordCheck(
                Optional.of("http://127.0.0.1:" + server.getAddress().getPort() + "/range/"),
                timeout);
    }

    private static PasswordPolicy policy(BreachedPasswordCheck check) {
        return new PasswordPolicy(new PasswordBlocklist(Optional.empty()), check);
    }

    private static String suffix(String password) {
        return BreachedPasswordCheck.sha1Hex(password).substring(5);
    }
}
