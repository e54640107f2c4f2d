package dev.custodian.activity;

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

/** One entry of an account's activity log: what happened, when, from where. */
@Entity
public class AccountEvent extends PanacheEntityBase {

    @Id @GeneratedValue public UUID id;

    @Column(nullable = false)
    public UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventType type;

    @Column(nullable = false)
    public Instant occurredAt;

    public String ip;
    public String userAgent;
    public String detail;

    private static final List<EventType> SIGN_INS =
            List.of(EventType.SIGNED_IN, EventType.SIGNED_IN_NEW_DEVICE);

    /** Whether this account has signed in before from a browser identifying itself this way. */
    /**
     * A client that sends no User-Agent is one more device, the same one each time it comes back.
     */
    public static boolean signedInBeforeWith(UUID accountId, String userAgent) {
        // the first match is enough: a count would read the whole history at every sign-in
        return (userAgent == null
                        ? find(
                                "accountId = ?1 and type in ?2 and userAgent is null",
                                accountId,
                                SIGN_INS)
                        : find(
                                "accountId = ?1 and type in ?2 and userAgent = ?3",
                                accountId,
                                SIGN_INS,
                                userAgent))
                .firstResultOptional()
                .isPresent();
    }

    public static boolean signedInBefore(UUID accountId) {
        return find("accountId = ?1 and type in ?2", accountId, SIGN_INS)
                .firstResultOptional()
                .isPresent();
    }
}
