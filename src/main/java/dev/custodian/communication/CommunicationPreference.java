package dev.custodian.communication;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** Whether an account receives one marketing category. No row means no. */
@Entity
public class CommunicationPreference extends PanacheEntityBase {

    @Embeddable
    public record Key(UUID accountId, @Enumerated(EnumType.STRING) Category category)
            implements Serializable {}

    @EmbeddedId public Key key;
    public boolean subscribed;

    @Column(nullable = false)
    public Instant updatedAt;

    /** The categories the account has opted in to. */
    public static Set<Category> subscriptions(UUID accountId) {
        Set<Category> subscribed = EnumSet.noneOf(Category.class);
        CommunicationPreference.<CommunicationPreference>list(
                        "key.accountId = ?1 and subscribed = true", accountId)
                .forEach(p -> subscribed.add(p.key.category()));
        return subscribed;
    }
}
