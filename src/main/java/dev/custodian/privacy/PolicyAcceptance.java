package dev.custodian.privacy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** That an account accepted a policy version, when, and from which address. */
@Entity
public class PolicyAcceptance extends PanacheEntityBase {

    @Id @GeneratedValue public UUID id;

    @Column(nullable = false)
    public UUID accountId;

    @Column(nullable = false)
    public UUID policyVersionId;

    @Column(nullable = false)
    public Instant acceptedAt;

    public String ip;

    public static PolicyAcceptance of(
            UUID accountId, PolicyVersion version, Instant at, String ip) {
        PolicyAcceptance acceptance = new PolicyAcceptance();
        acceptance.accountId = accountId;
        acceptance.policyVersionId = version.id;
        acceptance.acceptedAt = at;
        acceptance.ip = ip;
        return acceptance;
    }
}
