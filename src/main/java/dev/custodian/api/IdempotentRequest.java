package dev.custodian.api;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The answer given to a key's POST with an Idempotency-Key, kept to be given again. */
@Entity
@Table(name = "api_idempotent_request")
class IdempotentRequest extends PanacheEntityBase {

    @Id @GeneratedValue public UUID id;

    @Column(nullable = false)
    public UUID apiKeyId;

    @Column(nullable = false)
    public String idempotencyKey;

    @Column(nullable = false)
    public String fingerprint;

    @Column(nullable = false)
    public int status;

    public String location;

    @Column(nullable = false)
    public String body;

    @Column(nullable = false)
    public Instant createdAt;

    static Optional<IdempotentRequest> of(UUID apiKeyId, String idempotencyKey) {
        return find("apiKeyId = ?1 and idempotencyKey = ?2", apiKeyId, idempotencyKey)
                .firstResultOptional();
    }
}
