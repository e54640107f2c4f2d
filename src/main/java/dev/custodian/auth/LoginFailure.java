package dev.custodian.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * Consecutive failed sign-ins for one email address, existing or not, so that throttling tells
 * nobody whether an account exists. The key is an HMAC of the address, not the address.
 */
@Entity
class LoginFailure extends PanacheEntityBase {

    @Id public String emailKey;
    public int consecutiveFailures;

    @Column(nullable = false)
    public Instant lastFailureAt;
}
