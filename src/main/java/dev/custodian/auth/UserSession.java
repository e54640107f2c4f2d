package dev.custodian.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A signed-in browser. Only the SHA-256 of the cookie's token is stored, so a copy of this table
 * lets nobody sign in. (The table is {@code user_session}: SESSION is a keyword in SQL.)
 */
@Entity
@Table(name = "user_session")
public class UserSession extends PanacheEntityBase {

    @Id @GeneratedValue public UUID id;

    @Column(nullable = false)
    public String tokenHash;

    @Column(nullable = false)
    public UUID accountId;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant lastSeenAt;

    /** The absolute end, fixed at sign-in. */
    @Column(nullable = false)
    public Instant expiresAt;

    /** When the user last proved who they are (sign-in now, step-up later). */
    @Column(nullable = false)
    public Instant authenticatedAt;

    public String ip;
    public String userAgent;
    public boolean secondFactorPassed;

    /**
     * The password was right, the second factor is still to come: such a session grants nothing.
     */
    public boolean pendingSecondFactor;

    public int secondFactorFailures;

    public static Optional<UserSession> findByTokenHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResultOptional();
    }
}
