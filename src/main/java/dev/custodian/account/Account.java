package dev.custodian.account;

import dev.custodian.web.SignedIn;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A person's account: who they are, how they sign in, and where it is in its life. */
@Entity
public class Account extends PanacheEntityBase {

    @Id @GeneratedValue public UUID id;

    /**
     * As the user typed it; {@link #emailNormalized} is what uniqueness and sign-in compare. The
     * personal columns (email, names, country, phone) are null only on an erased account's
     * tombstone.
     */
    public String email;

    public String emailNormalized;
    public Instant emailVerifiedAt;

    /** argon2id PHC string. */
    public String passwordHash;

    /**
     * Set after too many consecutive failed sign-ins (NIST SP 800-63B-4): only a reset lifts it.
     */
    public boolean passwordResetRequired;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AccountStatus status;

    public String firstName;
    public String lastName;
    public String company;
    public String phone;

    /** ISO 3166-1 alpha-2. */
    public String country;

    public String locale;

    /** Comma-separated role names, for example {@code admin}. */
    @Column(nullable = false)
    public String roles;

    /** When the user attested being 18 or older (policy 004 §10). */
    @Column(nullable = false)
    public Instant adultAttestedAt;

    @Column(nullable = false)
    public Instant createdAt;

    /** The billing address is the postal one (no separate billing address is kept). */
    public boolean billingSameAsPostal;

    public Instant closedAt;

    /** When the erasure job may erase the closed account: six months after closure, or at once. */
    public Instant eraseAfter;

    /** Closed with "delete my data as soon as possible": no reopening. */
    public boolean erasureAsked;

    public Instant erasedAt;

    /**
     * After erasure, a keyed hash of the email: the anti-fraud marker kept for the legal period.
     */
    public String fraudMarker;

    /**
     * When a signed-in browser's opt-out preference signal was honoured for the whole account, or
     * null. Written only by AccountOptOut's conditional updates, so that saving a copy of the
     * account loaded earlier never undoes it.
     */
    @Column(insertable = false, updatable = false)
    public Instant optOutSignalAt;

    @Version public long version;

    /** The form uniqueness and sign-in compare: trimmed, Unicode NFC, lower case. */
    public static String normalizeEmail(String email) {
        return Normalizer.normalize(email.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The account of this request's session. */
    public static Account of(SignedIn signedIn) {
        return findById(signedIn.accountId());
    }

    public static Optional<Account> findByEmail(String email) {
        return find("emailNormalized", normalizeEmail(email)).firstResultOptional();
    }

    public static Optional<Account> findActiveByEmail(String email) {
        return find(
                        "emailNormalized = ?1 and status = ?2",
                        normalizeEmail(email),
                        AccountStatus.ACTIVE)
                .firstResultOptional();
    }

    public Set<String> roleSet() {
        if (roles == null || roles.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(roles.split(","))
                .map(String::strip)
                .filter(r -> !r.isEmpty())
                .collect(Collectors.toSet());
    }
}
