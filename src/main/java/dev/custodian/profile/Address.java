package dev.custodian.profile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.Optional;
import java.util.UUID;

/** A postal or billing address of an account. */
@Entity
public class Address extends PanacheEntityBase {

    public enum Kind {
        POSTAL,
        BILLING
    }

    @Id @GeneratedValue public UUID id;

    @Column(nullable = false)
    public UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String line1;

    public String line2;

    @Column(nullable = false)
    public String postalCode;

    @Column(nullable = false)
    public String city;

    public String region;

    @Column(nullable = false)
    public String country;

    @Version public long version;

    public static Optional<Address> of(UUID accountId, Kind kind) {
        return find("accountId = ?1 and kind = ?2", accountId, kind).firstResultOptional();
    }
}
