package dev.custodian.privacy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A disclosure of an account's data to a third party, as the admin area recorded it (policy 002
 * §3.2).
 */
@Entity
public class Disclosure extends PanacheEntityBase {

    @Id @GeneratedValue public UUID id;

    @Column(nullable = false)
    public UUID accountId;

    @Column(nullable = false)
    public String recipient;

    @Column(nullable = false)
    public String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LegalBasis legalBasis;

    @Column(nullable = false)
    public String dataCategories;

    @Column(nullable = false)
    public LocalDate disclosedOn;

    @Column(nullable = false)
    public Instant recordedAt;

    /** When the user was told; null while the law does not allow it yet. */
    public Instant notifiedAt;

    /** Every disclosure of the account, for the admin area. */
    public static List<Disclosure> ofAccount(UUID accountId) {
        return list("accountId = ?1 order by disclosedOn desc, recordedAt desc", accountId);
    }

    /**
     * The disclosures the user has been told of: one the law does not allow them to know of yet
     * (policy 002 §3.2, "when legally permitted") stays out of their view until they are told.
     */
    public static List<Disclosure> toldTo(UUID accountId) {
        return list(
                "accountId = ?1 and notifiedAt is not null order by disclosedOn desc, recordedAt desc",
                accountId);
    }
}
