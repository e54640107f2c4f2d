package dev.custodian.api;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A key of the billing API: its name, scopes and life. The key itself is shown once, when it is
 * made; only its SHA-256 is kept, and the public prefix it starts with finds it.
 */
@Entity
public class ApiKey extends PanacheEntityBase {

    @Id @GeneratedValue public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String prefix;

    @Column(nullable = false)
    public String secretHash;

    /** The scopes' wire names, comma-separated. */
    @Column(nullable = false)
    public String scopes;

    @Column(nullable = false)
    public Instant createdAt;

    public Instant expiresAt;

    public Instant revokedAt;

    public Instant lastUsedAt;

    public long useCount;

    public Set<ApiScope> scopeSet() {
        Set<ApiScope> set = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(scopes.split(","))
                .map(ApiScope::byWireName)
                .flatMap(Optional::stream)
                .forEach(set::add);
        return set;
    }

    void setScopes(Set<ApiScope> chosen) {
        scopes = chosen.stream().map(s -> s.wireName).collect(Collectors.joining(","));
    }

    /** Neither revoked nor expired at {@code now}. */
    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    static Optional<ApiKey> byPrefix(String prefix) {
        return find("prefix", prefix).firstResultOptional();
    }

    static List<ApiKey> newestFirst() {
        return list("order by createdAt desc");
    }
}
