package dev.custodian.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custodian.secrets.SecretBox;
import dev.custodian.testing.Db;
import dev.custodian.testing.TestClock;
import dev.custodian.testing.WebhookReceiver;
import dev.custodian.testing.WebhookReceiver.Received;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Events reach a real HTTP receiver signed as Standard Webhooks says, once per endpoint, through
 * failures, outages and a dispatcher that dies mid-batch.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject Events events;

    @Inject Webhooks webhooks;

    @Inject WebhookDispatcher dispatcher;

    @Inject TestClock clock;

    @Inject WebhookConfig config;

    @Inject SecretBox secretBox;

    @Inject Vertx vertx;

    @Inject EndpointAddresses addresses;

    private WebhookReceiver receiver;
    private WebhookReceiver other;

    /** Dispatchers this test made, beside the application's: closed after it. */
    private final List<WebhookDispatcher> made = new ArrayList<>();

    @BeforeEach
    void onlyThisTestsEndpoints() {
        Db.inTransaction(() -> WebhookEndpoint.deleteAll());
        clock.freeze();
        receiver = WebhookReceiver.start();
        other = WebhookReceiver.start();
    }

    @AfterEach
    void stop() {
        made.forEach(WebhookDispatcher::close);
        receiver.close();
        other.close();
        clock.reset();
    }

    @Test
    void everyEventReachesEachEndpointThatWantsItOnceSignedAsTheSpecificationSays()
            throws Exception {
        String secret = endpoint(receiver, WebhookType.ACCOUNT_CLOSED).secret();
        String otherSecret =
                endpoint(other, WebhookType.ACCOUNT_CLOSED, WebhookType.CONSENT_CHANGED).secret();
        UUID account = UUID.randomUUID();

        publish(WebhookType.ACCOUNT_CLOSED, account, Map.of());
        publish(WebhookType.CONSENT_CHANGED, account, Map.of("category", "news"));
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        assertEquals(1, receiver.received().size(), "closure only, once");
        assertEquals(2, other.received().size(), "closure and consent, once each");
        Received closed = receiver.received().get(0);
        assertTrue(WebhookReceiver.verify(secret, closed));
        assertFalse(WebhookReceiver.verify(otherSecret, closed), "each endpoint its own secret");
        other.received().forEach(r -> assertTrue(WebhookReceiver.verify(otherSecret, r)));
        assertTrue(closed.id().matches("msg_[0-9a-f]{32}"), closed.id());
        assertEquals(
                Long.toString(clock.instant().getEpochSecond()),
                closed.headers().get("webhook-timestamp"));
        assertEquals("application/json", closed.headers().get("content-type"));
        JsonNode payload = JSON.readTree(closed.body());
        assertEquals("account.closed", payload.get("type").asText());
        assertEquals(clock.instant(), Instant.parse(payload.get("timestamp").asText()));
        assertEquals(account.toString(), payload.get("data").get("account_id").asText());
        assertEquals(
                closed.id(),
                other.received().stream()
                        .filter(r -> r.body().contains("account.closed"))
                        .findFirst()
                        .orElseThrow()
                        .id(),
                "one message, the same id at every endpoint");
    }

    @Test
    void aReceiverAnswering500Then200GetsTheSameWebhookIdTwice() {
        String secret = endpoint(receiver, WebhookType.ACCOUNT_CLOSED).secret();
        receiver.answer(500);
        publish(WebhookType.ACCOUNT_CLOSED, UUID.randomUUID(), Map.of());

        dispatcher.dispatchDue();
        WebhookDelivery failed = onlyDelivery();
        assertEquals(WebhookDelivery.Status.PENDING, failed.status);
        assertEquals(500, failed.lastStatus);
        assertEquals("HTTP 500: receiver says no", failed.lastError);
        assertEquals(clock.instant().plus(Duration.ofSeconds(30)), failed.nextAttemptAt);
        dispatcher.dispatchDue();
        assertEquals(1, receiver.received().size(), "not before its retry is due");

        clock.advance(Duration.ofSeconds(30));
        dispatcher.dispatchDue();

        List<Received> received = receiver.received();
        assertEquals(2, received.size());
        assertEquals(received.get(0).id(), received.get(1).id());
        assertEquals(received.get(0).body(), received.get(1).body());
        assertTrue(WebhookReceiver.verify(secret, received.get(1)));
        WebhookDelivery delivered = onlyDelivery();
        assertEquals(WebhookDelivery.Status.DELIVERED, delivered.status);
        assertEquals(2, delivered.attempts);
        assertNull(delivered.lastError);
        assertEquals(clock.instant(), delivered.deliveredAt);
    }

    /**
     * Against DNS rebinding: the name is resolved once, by the check, and the attempt connects to
     * the address the check approved. Here only the check's resolver knows the name, so an attempt
     * that resolved it again would fail.
     */
    @Test
    void anAttemptGoesToTheAddressItsCheckApprovedWithoutResolvingTheNameAgain() {
        EndpointAddresses checkedOnce =
                new EndpointAddresses(
                        true,
                        host -> {
                            if (!host.equals("receiver.test")) {
                                throw new UnknownHostException(host);
                            }
                            // as the system's resolver answers: the address, carrying the name
                            return new InetAddress[] {
                                InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})
                            };
                        });
        WebhookDispatcher rebindingProof =
                made(new WebhookDispatcher(config, secretBox, checkedOnce, clock, vertx));
        String named = receiver.url().replace("127.0.0.1", "receiver.test");
        String secret =
                webhooks.create(named, EnumSet.of(WebhookType.ACCOUNT_CLOSED), null).secret();
        publish(WebhookType.ACCOUNT_CLOSED, UUID.randomUUID(), Map.of());

        assertEquals(1, rebindingProof.dispatchDue());

        assertEquals(1, receiver.received().size());
        Received received = receiver.received().get(0);
        assertEquals(named.replaceAll("^http://|/events$", ""), received.headers().get("host"));
        assertTrue(WebhookReceiver.verify(secret, received));
        assertEquals(WebhookDelivery.Status.DELIVERED, onlyDelivery().status);
    }

    @Test
    void aFailuresBodyIsKeptAsAShortExcerptOnly() {
        endpoint(receiver, WebhookType.ACCOUNT_CLOSED);
        receiver.answerWithBody(502, "x".repeat(100_000));
        publish(WebhookType.ACCOUNT_CLOSED, UUID.randomUUID(), Map.of());

        dispatcher.dispatchDue();

        WebhookDelivery failed = onlyDelivery();
        assertEquals(502, failed.lastStatus);
        assertEquals("HTTP 502: " + "x".repeat(200), failed.lastError);
        assertEquals(WebhookDelivery.Status.PENDING, failed.status);
    }

    @Test
    void aReceiverThatNeverAnswersIsGivenUpOnAfterTheRequestTimeoutAndTriedAgain() {
        WebhookDispatcher impatient = givingUpAfter(Duration.ofSeconds(1));
        endpoint(receiver, WebhookType.ACCOUNT_CLOSED);
        receiver.silence();
        publish(WebhookType.ACCOUNT_CLOSED, UUID.randomUUID(), Map.of());

        impatient.dispatchDue();

        WebhookDelivery waiting = onlyDelivery();
        assertEquals(WebhookDelivery.Status.PENDING, waiting.status);
        assertNull(waiting.lastStatus);
        assertTrue(waiting.lastError.contains("No answer within 1000 ms"), waiting.lastError);
        clock.advance(Duration.ofSeconds(30));
        impatient.dispatchDue();
        assertEquals(WebhookDelivery.Status.DELIVERED, onlyDelivery().status);
        assertEquals(2, receiver.received().size());
    }

    @Test
    void aReceiverThatGoesQuietAfterItsStatusLosesTheConnectionAtTheRequestTimeout()
            throws InterruptedException {
        WebhookDispatcher impatient = givingUpAfter(Duration.ofSeconds(1));
        endpoint(receiver, WebhookType.ACCOUNT_CLOSED);
        receiver.statusThenQuiet();
        publish(WebhookType.ACCOUNT_CLOSED, UUID.randomUUID(), Map.of());

        impatient.dispatchDue();

        assertEquals(WebhookDelivery.Status.DELIVERED, onlyDelivery().status, "it said 200");
        // Otherwise each such answer would keep a connection of the pool, until none is left.
        for (int waited = 0; receiver.closedConnections() == 0 && waited < 100; waited++) {
            Thread.sleep(100);
        }
        assertEquals(1, receiver.closedConnections());
    }

    @Test
    void aReceiverDownForAnHourLosesNothing() {
        endpoint(receiver, WebhookType.ACCOUNT_CLOSED);
        receiver.down();
        for (int i = 0; i < 3; i++) {
            publish(WebhookType.ACCOUNT_CLOSED, UUID.randomUUID(), Map.of());
        }

        for (int minute = 0; minute <= 60; minute++) {
            dispatcher.dispatchDue();
            clock.advance(Duration.ofMinutes(1));
        }
        assertTrue(
                deliveries().stream()
                        .allMatch(
                                d ->
                                        d.status == WebhookDelivery.Status.PENDING
                                                && d.lastError.contains("ConnectException")),
                "waiting, with the reason");
        receiver.up();
        clock.advance(Duration.ofHours(1));
        dispatcher.dispatchDue();

        assertEquals(3, receiver.received().size());
        assertEquals(3, receiver.received().stream().map(Received::id).distinct().count());
        assertTrue(
                deliveries().stream().allMatch(d -> d.status == WebhookDelivery.Status.DELIVERED));
    }

    @Test
    void aBatchClaimedByAnInstanceThatDiedIsDeliveredAfterTheLeaseWithTheSameId() {
        endpoint(receiver, WebhookType.ACCOUNT_CLOSED);
        publish(WebhookType.ACCOUNT_CLOSED, UUID.randomUUID(), Map.of());
        UUID eventId = onlyDelivery().event.id;

        // An instance claims the batch and dies before sending or recording anything.
        assertEquals(1, dispatcher.claim().size());
        dispatcher.dispatchDue();
        assertEquals(0, receiver.received().size(), "another instance leaves it during the lease");

        clock.advance(Duration.ofMinutes(2));
        dispatcher.dispatchDue();

        assertEquals(1, receiver.received().size());
        assertEquals("msg_" + eventId.toString().replace("-", ""), receiver.received().get(0).id());
        assertEquals(WebhookDelivery.Status.DELIVERED, onlyDelivery().status);
        assertEquals(2, onlyDelivery().attempts, "the dead instance's claim counts");
    }

    @Test
    void aDeliveryStillFailingAfterThreeDaysIsDeadAndCanBeSentAgain() {
        endpoint(receiver, WebhookType.ACCOUNT_CLOSED);
        publish(WebhookType.ACCOUNT_CLOSED, UUID.randomUUID(), Map.of());
        receiver.down();
        for (int hour = 0; hour <= 73; hour++) {
            dispatcher.dispatchDue();
            clock.advance(Duration.ofHours(1));
        }
        WebhookDelivery dead = onlyDelivery();
        assertEquals(WebhookDelivery.Status.DEAD, dead.status);
        assertTrue(dead.attempts > 70 && dead.attempts < 80, "hourly at most: " + dead.attempts);
        clock.advance(Duration.ofDays(1));
        dispatcher.dispatchDue();
        assertEquals(dead.attempts, onlyDelivery().attempts, "a dead delivery is not tried");

        receiver.up();
        assertFalse(webhooks.sendAgain(UUID.randomUUID(), dead.id), "another endpoint's");
        assertTrue(webhooks.sendAgain(dead.endpoint.id, dead.id));
        dispatcher.dispatchDue();

        assertEquals(1, receiver.received().size());
        assertEquals(WebhookDelivery.Status.DELIVERED, onlyDelivery().status);
        assertFalse(webhooks.sendAgain(dead.endpoint.id, dead.id), "delivered: nothing to send");
    }

    @Test
    void aDisabledEndpointGetsNoNewEventsAndItsWaitingOnesWait() {
        Webhooks.Created created = endpoint(receiver, WebhookType.ACCOUNT_CLOSED);
        publish(WebhookType.ACCOUNT_CLOSED, UUID.randomUUID(), Map.of());
        webhooks.setEnabled(created.endpoint().id, false);
        publish(WebhookType.ACCOUNT_CLOSED, UUID.randomUUID(), Map.of());

        dispatcher.dispatchDue();
        assertEquals(0, receiver.received().size());
        assertEquals(1, deliveries().size(), "nothing written for a disabled endpoint");

        webhooks.setEnabled(created.endpoint().id, true);
        dispatcher.dispatchDue();
        assertEquals(1, receiver.received().size());
    }

    @Test
    void theSecretIsStoredEncryptedAndHasTheSpecificationsForm() {
        Webhooks.Created created = endpoint(receiver, WebhookType.ACCOUNT_CLOSED);
        assertTrue(created.secret().matches("whsec_[A-Za-z0-9+/]{43}="), created.secret());
        WebhookEndpoint stored =
                Db.inTransaction(() -> WebhookEndpoint.findById(created.endpoint().id));
        assertNotNull(stored.secretEncrypted);
        assertFalse(
                new String(stored.secretEncrypted, java.nio.charset.StandardCharsets.ISO_8859_1)
                        .contains(created.secret().substring(6)));
    }

    @Test
    void productionRefusesPlainHttpAndAddressesThatAreNotPublic() {
        EndpointAddresses production = new EndpointAddresses(false, InetAddress::getAllByName);
        EndpointAddresses dev = new EndpointAddresses(true, InetAddress::getAllByName);
        assertEquals(EndpointAddresses.Refusal.NOT_PUBLIC, production.check("https://127.0.0.1/x"));
        assertEquals(EndpointAddresses.Refusal.NOT_PUBLIC, production.check("https://10.1.2.3/"));
        assertEquals(
                EndpointAddresses.Refusal.NOT_PUBLIC,
                production.check("https://169.254.169.254/latest/meta-data"));
        assertEquals(EndpointAddresses.Refusal.NOT_PUBLIC, production.check("https://[::1]/"));
        assertEquals(EndpointAddresses.Refusal.NOT_PUBLIC, production.check("https://[fd00::1]/"));
        assertEquals(
                EndpointAddresses.Refusal.NOT_HTTPS, production.check("http://93.184.215.14/"));
        assertNull(production.check("https://93.184.215.14/hooks"));
        assertEquals(EndpointAddresses.Refusal.NOT_HTTPS, production.check("ftp://93.184.215.14/"));
        assertEquals(EndpointAddresses.Refusal.MALFORMED, production.check("https://u:p@a.test/"));
        assertEquals(EndpointAddresses.Refusal.MALFORMED, production.check("not a url"));
        assertNull(dev.check("http://127.0.0.1:8080/events"));
        assertNull(dev.check("https://10.1.2.3/"));
        assertEquals(EndpointAddresses.Refusal.NOT_HTTPS, dev.check("http://10.1.2.3/"));
    }

    /** A dispatcher like the application's, whose request timeout is {@code timeout}. */
    private WebhookDispatcher givingUpAfter(Duration timeout) {
        WebhookConfig impatient =
                (WebhookConfig)
                        Proxy.newProxyInstance(
                                WebhookConfig.class.getClassLoader(),
                                new Class<?>[] {WebhookConfig.class},
                                (proxy, method, args) ->
                                        method.getName().equals("requestTimeout")
                                                ? timeout
                                                : method.invoke(config, args));
        return made(new WebhookDispatcher(impatient, secretBox, addresses, clock, vertx));
    }

    private WebhookDispatcher made(WebhookDispatcher dispatcher) {
        made.add(dispatcher);
        return dispatcher;
    }

    private Webhooks.Created endpoint(WebhookReceiver to, WebhookType... types) {
        return webhooks.create(to.url(), EnumSet.copyOf(List.of(types)), null);
    }

    private void publish(WebhookType type, UUID account, Map<String, Object> facts) {
        Db.inTransaction(
                () -> {
                    events.publish(type, account, facts);
                    return null;
                });
    }

    private static List<WebhookDelivery> deliveries() {
        return Db.inTransaction(
                () ->
                        WebhookDelivery.<WebhookDelivery>find(
                                        "from WebhookDelivery d join fetch d.event join fetch d.endpoint")
                                .list());
    }

    private static WebhookDelivery onlyDelivery() {
        List<WebhookDelivery> all = deliveries();
        assertEquals(1, all.size());
        return all.get(0);
    }
}
