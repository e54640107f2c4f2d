package dev.custodian.product;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A product or service the account holds (a hosting plan, a domain, a subscription). */
@Entity
public class Product extends PanacheEntityBase {

    @Id @GeneratedValue public UUID id;

    @Column(nullable = false)
    public UUID accountId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProductStatus status;

    @Column(nullable = false)
    public LocalDate startedOn;

    public LocalDate endedOn;

    /** The billing system's own id of the product (set through the API), unique; or null. */
    public String externalId;

    @Version public long version;

    /** Active first, then suspended, then ended; the newest first within each. */
    public static List<Product> ofAccount(UUID accountId) {
        return list("accountId = ?1 order by status, startedOn desc, name", accountId);
    }

    /** The account's products that stand in the way of its closure. */
    public static List<Product> blockingClosure(UUID accountId) {
        return list(
                "accountId = ?1 and status <> ?2 order by startedOn desc, name",
                accountId,
                ProductStatus.TERMINATED);
    }

    /** The product the billing system knows by this id, on whichever account it is. */
    public static Optional<Product> byExternalId(String externalId) {
        return find("externalId", externalId).firstResultOptional();
    }

    /** The product, only if it belongs to this account: another account's id finds nothing. */
    public static Optional<Product> ofAccount(UUID accountId, UUID productId) {
        return find("id = ?1 and accountId = ?2", productId, accountId).firstResultOptional();
    }
}
