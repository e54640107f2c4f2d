package dev.custodian.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A system of the company's that receives events: where, which ones, and the signing secret. */
@Entity
public class WebhookEndpoint extends PanacheEntityBase {

    @Id @GeneratedValue public UUID id;

    @Column(nullable = false)
    public String url;

    /** {@code whsec_…}, encrypted with SecretBox: signing needs it back. */
    @Column(nullable = false)
    public byte[] secretEncrypted;

    /** The name of the manifest recipient this system belongs to, or null. */
    public String recipient;

    public boolean enabled = true;

    @Column(nullable = false)
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "webhook_subscription", joinColumns = @JoinColumn(name = "endpoint_id"))
    @Column(name = "event_type")
    @Enumerated(EnumType.STRING)
    public Set<WebhookType> eventTypes = EnumSet.noneOf(WebhookType.class);

    @Version public int version;
}
