package dev.custodian.passkey;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A passkey of an account: the public half of a WebAuthn credential, and what is needed to check
 * its next signature (its counter, its flags). The private key stays in the user's authenticator.
 */
@Entity
public class Passkey extends PanacheEntityBase {

    public static final int MAX_NAME = 100;

    @Id @GeneratedValue public UUID id;

    @Column(nullable = false)
    public UUID accountId;

    /** The credential's id, base64url, as browsers name it. */
    @Column(nullable = false, unique = true)
    public String credentialId;

    /** The COSE-encoded public key. */
    @Column(nullable = false)
    public byte[] publicKey;

    /** The authenticator's signature counter at the last sign-in (0 when it keeps none). */
    public long signCount;

    /** Whether the authenticator verified the user (biometrics, PIN) when the passkey was made. */
    public boolean uvInitialized;

    /** Whether the passkey may be synced to other devices (a password manager's). */
    public boolean backupEligible;

    /** Whether it is synced or backed up now, as the authenticator last said. */
    public boolean backupState;

    /** How the browser reached the authenticator (internal, hybrid, usb ...), comma-separated. */
    public String transports;

    /** The authenticator model's AAGUID (all zeros when it does not say). */
    public String aaguid;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public Instant createdAt;

    public Instant lastUsedAt;

    @Version public long version;

    static List<Passkey> ofAccount(UUID accountId) {
        return list("accountId = ?1 order by createdAt, id", accountId);
    }

    static Optional<Passkey> findByCredentialId(String credentialId) {
        return find("credentialId", credentialId).firstResultOptional();
    }

    /** The account's passkey {@code id}; empty for another account's, exactly as for none. */
    static Optional<Passkey> ofAccount(UUID accountId, UUID id) {
        return find("accountId = ?1 and id = ?2", accountId, id).firstResultOptional();
    }
}
