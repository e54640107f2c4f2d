package dev.custodian.export;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A copy of an account's data that the user asked for; the archive itself is in
 * data_export_archive.
 */
@Entity
public class DataExport extends PanacheEntityBase {

    /** At most one request a day per account. */
    static final Duration ONE_REQUEST_PER = Duration.ofDays(1);

    public enum Status {
        REQUESTED,
        READY,
        EXPIRED,
        FAILED
    }

    @Id @GeneratedValue public UUID id;

    @Column(nullable = false)
    public UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** The language of index.html: the page's language when it was asked for. */
    @Column(nullable = false)
    public String locale;

    @Column(nullable = false)
    public Instant requestedAt;

    public Instant readyAt;
    public Instant expiresAt;
    public Long sizeBytes;
    public int attempts;

    public static List<DataExport> ofAccount(UUID accountId) {
        return list("accountId = ?1 order by requestedAt desc", accountId);
    }

    /** The latest request of the account, if it was made after {@code since}. */
    static DataExport requestedSince(UUID accountId, Instant since) {
        return find(
                        "accountId = ?1 and requestedAt > ?2 order by requestedAt desc",
                        accountId,
                        since)
                .firstResult();
    }

    public boolean downloadable(Instant now) {
        return status == Status.READY && expiresAt != null && now.isBefore(expiresAt);
    }
}
