package dev.custodian.communication;

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

/** One grant or withdrawal of consent to a marketing category: the proof GDPR art. 7(1) asks for. */
@Entity
public class ConsentEvent extends PanacheEntityBase {

    public enum Action {
        GRANT, WITHDRAW
    }

    /** Where the user said it. */
    public enum Source {
        SIGNUP, SETTINGS, EMAIL_LINK, ONE_CLICK
    }

    @Id
    @GeneratedValue
    public UUID id;
    @Column(nullable = false)
    public UUID accountId;
    @Enumerated(EnumType.STRING)
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
}
