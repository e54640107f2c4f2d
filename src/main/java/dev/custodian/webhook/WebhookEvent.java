package dev.custodian.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One event, as it was written with its change; its body is the bytes every attempt sends. */
@Entity
public class WebhookEvent extends PanacheEntityBase {

    @Id public UUID id;

    public UUID accountId;

    /** The wire name, such as {@code account.closed}. */
    @Column(nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String body;

    @Column(nullable = false)
    public Instant createdAt;

    /**
     * The {@code webhook-id}: the same for every attempt and every endpoint, so that a receiver
     * drops a copy.
     */
    public String messageId() {
        return messageId(id);
    }

    static String messageId(UUID eventId) {
        return "msg_" + eventId.toString().replace("-", "");
    }
}
