package dev.custodian.twofactor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** An account's authenticator app: confirmed once the user has typed a first valid code. */
@Entity
public class TotpCredential extends PanacheEntityBase {

    @Id public UUID accountId;

    /** The Base32 secret, AES-GCM encrypted by SecretBox. */
    @Column(nullable = false)
    public byte[] secretEncrypted;

    public Instant confirmedAt;

    /** The 30-second step of the last code accepted; codes of this step or earlier are refused. */
    public long lastUsedStep;

    @Column(nullable = false)
    public Instant createdAt;

    /** Wrong codes in a row, across sign-ins; see TwoFactorService.MAX_CONSECUTIVE_FAILURES. */
    public int consecutiveFailures;

    public static boolean isEnrolled(UUID accountId) {
        return count("accountId = ?1 and confirmedAt is not null", accountId) > 0;
    }
}
