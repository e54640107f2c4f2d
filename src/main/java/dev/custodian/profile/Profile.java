package dev.custodian.profile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Professional details for the public profile (policy 004). */
@Entity
public class Profile extends PanacheEntityBase {

    @Id public UUID accountId;

    /** As the user typed it; {@link #handleNormalized} decides uniqueness, whatever the case. */
    public String handle;

    public String handleNormalized;
    public String headline;
    public String city;
    public String about;

    /** Search engines may index the public page (off unless the user turns it on). */
    public boolean indexable;

    @Version public long version;

    public static Optional<Profile> findByHandle(String handle) {
        return find("handleNormalized", handle.toLowerCase(Locale.ROOT)).firstResultOptional();
    }
}
