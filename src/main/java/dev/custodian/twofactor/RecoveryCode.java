package dev.custodian.twofactor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One single-use code for when the authenticator app is lost; only its keyed hash is kept. */
@Entity
class RecoveryCode extends PanacheEntityBase {

    @Id @GeneratedValue public UUID id;

    @Column(nullable = false)
    public UUID accountId;

    @Column(nullable = false)
    public String codeHash;

    public Instant usedAt;

    static long remaining(UUID accountId) {
        return count("accountId = ?1 and usedAt is null", accountId);
    }
}
