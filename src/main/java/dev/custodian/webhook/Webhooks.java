package dev.custodian.webhook;

import dev.custodian.secrets.SecretBox;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The endpoints admins configure, and what happened to their deliveries. */
@Singleton
public class Webhooks {

    /** The deliveries a page shows, the most recent first. */
    static final int SHOWN = 100;

    /**
     * A new endpoint, with its secret: shown to the admin this once, then only stored encrypted.
     */
    public record Created(WebhookEndpoint endpoint, String secret) {}

    private final SecretBox secretBox;
    private final Clock clock;

    Webhooks(SecretBox secretBox, Clock clock) {
        this.secretBox = secretBox;
        this.clock = clock;
    }

    /** Adds an endpoint of checked values, with a new secret. */
    @Transactional
    public Created create(String url, Set<WebhookType> eventTypes, String recipient) {
        String secret = Signatures.newSecret();
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.url = url;
        endpoint.eventTypes = EnumSet.copyOf(eventTypes);
        endpoint.recipient = recipient;
        endpoint.secretEncrypted = secretBox.encrypt(secret.getBytes(StandardCharsets.UTF_8));
        endpoint.createdAt = clock.instant();
        endpoint.persist();
        return new Created(endpoint, secret);
    }

    @Transactional
    public List<WebhookEndpoint> endpoints() {
        return WebhookEndpoint.listAll(Sort.ascending("createdAt"));
    }

    @Transactional
    public Optional<WebhookEndpoint> endpoint(UUID id) {
        return WebhookEndpoint.findByIdOptional(id);
    }

    /**
     * Turns an endpoint on or off; false when there is none. Off, its deliveries wait (their age
     * still counts); new events are not written for it.
     */
    @Transactional
    public boolean setEnabled(UUID id, boolean enabled) {
        return WebhookEndpoint.update("enabled = ?1 where id = ?2", enabled, id) > 0;
    }

    /** Deletes an endpoint and its deliveries; the proofs of erasure it delivered stay. */
    @Transactional
    public boolean delete(UUID id) {
        return WebhookEndpoint.delete("id", id) > 0;
    }

    /** The endpoint's most recent deliveries, with their events. */
    @Transactional
    public List<WebhookDelivery> deliveries(UUID endpointId) {
        return WebhookDelivery.<WebhookDelivery>find(
                        "from WebhookDelivery d join fetch d.event where d.endpoint.id = ?1 "
                                + "order by d.createdAt desc, d.id",
                        endpointId)
                .page(0, SHOWN)
                .list();
    }

    /**
     * Puts a dead delivery, or a pending one that has failed, back in the queue, due now, with its
     * attempts counted afresh and its webhook-id kept; false when {@code deliveryId} is not such a
     * delivery of {@code endpointId}.
     */
    @Transactional
    public boolean sendAgain(UUID endpointId, UUID deliveryId) {
        return WebhookDelivery.update(
                        "status = ?1, attempts = 0, nextAttemptAt = ?2 where id = ?3 and endpoint.id = ?4 "
                                + "and (status = ?5 or (status = ?1 and lastError is not null))",
                        WebhookDelivery.Status.PENDING,
                        clock.instant(),
                        deliveryId,
                        endpointId,
                        WebhookDelivery.Status.DEAD)
                > 0;
    }
}
