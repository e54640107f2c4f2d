package dev.custodian.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.UUID;

/** One event to one endpoint, from the change that causes it until it is delivered or dead. */
@Entity
public class WebhookDelivery extends PanacheEntityBase {

    public enum Status {
        PENDING,
        DELIVERED,
        DEAD
    }

    @Id @GeneratedValue public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public WebhookEvent event;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "endpoint_id")
    public WebhookEndpoint endpoint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public int attempts;

    /** When it is due; while claimed, the end of the claim's lease. */
    @Column(nullable = false)
    public Instant nextAttemptAt;

    public Integer lastStatus;

    public String lastError;

    @Column(nullable = false)
    public Instant createdAt;

    public Instant deliveredAt;
}
