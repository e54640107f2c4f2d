package dev.custodian.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "custodian.webhooks")
public interface WebhookConfig {

    /**
     * {@code custodian.webhooks.dispatch}: whether this instance delivers events. Default {@code
     * true}; {@code false} in tests (they run the dispatcher themselves).
     */
    @WithDefault("true")
    boolean dispatch();

    /** {@code custodian.webhooks.dispatch-every}: how often due deliveries are looked for. 5s. */
    @WithDefault("5s")
    Duration dispatchEvery();

    /** {@code custodian.webhooks.batch-size}: deliveries one dispatcher claims at a time. 50. */
    @WithDefault("50")
    int batchSize();

    /**
     * {@code custodian.webhooks.lease}: how long a claimed delivery is this instance's. One that
     * dies before recording the answer leaves its batch due again after this. Default 2m, longer
     * than a batch's sends with their timeouts.
     */
    @WithDefault("2m")
    Duration lease();

    /**
     * {@code custodian.webhooks.give-up-after}: a delivery whose attempt fails when its event is
     * older than this becomes dead. Its age decides, not its number of attempts, so that a receiver
     * down for a day loses nothing. Default 3d.
     */
    @WithDefault("3d")
    Duration giveUpAfter();

    /**
     * {@code custodian.webhooks.retry-base}: the first retry waits this long, each further one
     * twice as long. Default 30s.
     */
    @WithDefault("30s")
    Duration retryBase();

    /** {@code custodian.webhooks.retry-max}: the longest wait between two attempts. Default 1h. */
    @WithDefault("1h")
    Duration retryMax();

    /** {@code custodian.webhooks.connect-timeout}: to open the connection. Default 5s. */
    @WithDefault("5s")
    Duration connectTimeout();

    /**
     * {@code custodian.webhooks.request-timeout}: for the receiver's whole answer, its body
     * included. Default 10s.
     */
    @WithDefault("10s")
    Duration requestTimeout();

    /**
     * {@code custodian.webhooks.keep-delivered}: an event whose deliveries are all finished is
     * deleted this long after it was written. Default 30d.
     */
    @WithDefault("30d")
    Duration keepDelivered();

    /**
     * {@code custodian.webhooks.allow-local}: whether endpoints may be on this machine or a private
     * network, and http:// to the loopback. Default {@code false}: https only, and no address that
     * is loopback, private, link-local or otherwise not public, so that an admin's (or an
     * attacker's) endpoint cannot make the portal call its own network (SSRF). {@code true} in dev
     * and tests, whose receivers run on localhost.
     */
    @WithDefault("false")
    boolean allowLocal();
}
