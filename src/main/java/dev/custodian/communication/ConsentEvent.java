package dev.custodian.communication;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One grant or withdrawal of consent to a marketing category or to page-view counting: the proof
 * GDPR art. 7(1) asks for.
 */
@Entity
public class ConsentEvent extends PanacheEntityBase {

    /**
     * Records a consent event with the policy version in force, looked up in the same statement.
     */
    static final String RECORD_SQL =
            "INSERT INTO consent_event (account_id, category, action, source, occurred_at, ip, "
                    + "policy_version) VALUES (?, ?, ?, ?, ?, ?, (SELECT version FROM policy_version WHERE published_at <= ? "
                    + "ORDER BY published_at DESC LIMIT 1))";

    public enum Action {
        GRANT,
        WITHDRAW
    }

    /** Where the user said it. */
    public enum Source {
        SIGNUP,
        SETTINGS,
        EMAIL_LINK,
        ONE_CLICK,
        /** The browser's opt-out preference signal (Global Privacy Control). */
        BROWSER_SIGNAL,
        /** The cookie notice's buttons. */
        COOKIE_SETTINGS,
        /** "I clicked by mistake": undoing an unsubscribe on the page that confirmed it. */
        UNSUBSCRIBE_UNDONE
    }

    @Id @GeneratedValue public UUID id;

    @Column(nullable = false)
    public UUID accountId;

    /** Kept when the manifest no longer offers it: the history is proof. */
    @Column(nullable = false)
    public Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Source source;

    @Column(nullable = false)
    public Instant occurredAt;

    public String ip;

    /** The privacy policy in force when consent was given or withdrawn. */
    public String policyVersion;

    public static List<ConsentEvent> history(UUID accountId) {
        return list("accountId = ?1 order by occurredAt desc", accountId);
    }

    /** Records a grant or withdrawal in the current transaction. */
    public static void record(
            UUID accountId,
            Category category,
            Action action,
            Source source,
            String ip,
            Instant now) {
        Panache.getEntityManager()
                .createNativeQuery(RECORD_SQL)
                .setParameter(1, accountId)
                .setParameter(2, category.id())
                .setParameter(3, action.name())
                .setParameter(4, source.name())
                .setParameter(5, now)
                .setParameter(6, ip)
                .setParameter(7, now)
                .executeUpdate();
    }
}
