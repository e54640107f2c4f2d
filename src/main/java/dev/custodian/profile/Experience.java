package dev.custodian.profile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A position held, shown on the public profile in the order the user chooses. */
@Entity
public class Experience extends PanacheEntityBase {

    @Id @GeneratedValue public UUID id;

    @Column(nullable = false)
    public UUID accountId;

    public int position;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String organisation;

    @Column(nullable = false)
    public LocalDate startedOn;

    /** Null while current. */
    public LocalDate endedOn;

    @Version public long version;

    /** The start as year and month, such as 2021-09. */
    public String fromMonth() {
        return YearMonth.from(startedOn).toString();
    }

    /** The end as year and month, or null while current. */
    public String toMonth() {
        return endedOn == null ? null : YearMonth.from(endedOn).toString();
    }

    public static List<Experience> ofAccount(UUID accountId) {
        return list("accountId", Sort.ascending("position"), accountId);
    }

    /**
     * The experience with this id if it belongs to the account: another account's is "not found".
     */
    static Optional<Experience> owned(UUID accountId, UUID id) {
        return find("id = ?1 and accountId = ?2", id, accountId).firstResultOptional();
    }
}
