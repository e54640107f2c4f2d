package dev.custodian.oidc;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An identity at the external provider that signs in to an account. */
@Entity
public class OidcIdentity extends PanacheEntityBase {

    @Id @GeneratedValue public UUID id;

    @Column(nullable = false)
    public UUID accountId;

    @Column(nullable = false)
    public String issuer;

    @Column(nullable = false)
    public String subject;

    /** The provider's address for it when it was linked, to tell identities apart on the page. */
    public String email;

    @Column(nullable = false)
    public Instant linkedAt;

    public Instant lastUsedAt;

    static Optional<OidcIdentity> find(String issuer, String subject) {
        return find("issuer = ?1 and subject = ?2", issuer, subject).firstResultOptional();
    }

    public static List<OidcIdentity> ofAccount(UUID accountId) {
        return list("accountId = ?1 order by linkedAt", accountId);
    }
}
