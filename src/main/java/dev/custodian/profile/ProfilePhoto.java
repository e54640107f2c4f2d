package dev.custodian.profile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/**
 * The profile photo as the server re-encoded it: JPEG squares of {@link PhotoImages#LARGE} and
 * {@link PhotoImages#SMALL} px.
 */
@Entity
public class ProfilePhoto extends PanacheEntityBase {

    @Id public UUID accountId;

    public byte[] large;
    public byte[] small;
    public Instant updatedAt;
}
