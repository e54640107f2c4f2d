package dev.custodian.passkey;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/**
 * A challenge handed to a browser for one ceremony, bound to what asked for it: a session (adding a
 * passkey, step-up) or, before there is one, the hash of a random cookie of the browser (signing
 * in). Deleted when it is answered, so that an answer cannot be replayed.
 */
@Entity
class PasskeyChallenge extends PanacheEntityBase {

    enum Purpose {
        REGISTER,
        SIGN_IN,
        STEP_UP
    }

    /** The challenge, base64url, as the browser's client data returns it. */
    @Id public String challenge;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Purpose purpose;

    public UUID sessionId;

    public String browserHash;

    @Column(nullable = false)
    public Instant expiresAt;
}
