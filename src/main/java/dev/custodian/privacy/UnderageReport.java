package dev.custodian.privacy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A report that an account may belong to someone under 18 (policy 004 §10), for the admin area. */
@Entity
public class UnderageReport extends PanacheEntityBase {

    @Id @GeneratedValue public UUID id;

    /** The account the reported handle or email leads to; null when it leads nowhere. */
    public UUID accountId;

    /** The handle, profile address or email, as the reporter typed it. */
    @Column(nullable = false)
    public String reported;

    @Column(nullable = false)
    public String details;

    public String reporterEmail;

    @Column(nullable = false)
    public Instant reportedAt;

    public Instant handledAt;

    public static List<UnderageReport> open() {
        return list("handledAt is null order by reportedAt");
    }
}
