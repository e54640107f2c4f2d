package dev.custodian.communication;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Whether an account receives one marketing category. No row means no. A row of a category the
 * manifest no longer offers stays as the user left it, and is offered nowhere.
 */
@Entity
public class CommunicationPreference extends PanacheEntityBase {

    /**
     * @param category the {@link Category}'s id (a converter does not apply to an id's parts)
     */
    @Embeddable
    public record Key(UUID accountId, String category) implements Serializable {

        public Key(UUID accountId, Category category) {
            this(accountId, category.id());
        }
    }

    @EmbeddedId public Key key;
    public boolean subscribed;

    @Column(nullable = false)
    public Instant updatedAt;

    /** The categories the account has opted in to, offered or not. */
    public static Set<Category> subscriptions(UUID accountId) {
        Set<Category> subscribed = new HashSet<>();
        CommunicationPreference.<CommunicationPreference>list(
                        "key.accountId = ?1 and subscribed = true", accountId)
                .forEach(p -> subscribed.add(new Category(p.key.category())));
        return subscribed;
    }
}
