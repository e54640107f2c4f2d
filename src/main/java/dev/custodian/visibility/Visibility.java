package dev.custodian.visibility;

import dev.custodian.activity.ActivityLog;
import dev.custodian.activity.EventType;
import dev.custodian.profile.Profile;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The levels an account chose for its profile fields (a field never chosen has its default), and
 * whether search engines may index its public page.
 */
@Singleton
public class Visibility {

    /** What the visibility page shows. */
    public record Settings(Map<ProfileField, Level> levels, boolean indexable, String handle) {}

    /** What saving the page came to. */
    public sealed interface Outcome {}

    public record Saved() implements Outcome {}

    /** Nothing saved: making these fields public takes a second, explicit yes. */
    public record ConfirmPublic(List<ProfileField> fields) implements Outcome {}

    private final AgroalDataSource dataSource;
    private final ActivityLog activity;

    Visibility(AgroalDataSource dataSource, ActivityLog activity) {
        this.dataSource = dataSource;
        this.activity = activity;
    }

    @Transactional
    public Settings settings(UUID accountId) {
        Profile profile = Profile.findById(accountId);
        return new Settings(
                levels(accountId),
                profile != null && profile.indexable,
                profile == null ? null : profile.handle);
    }

    /**
     * Saves the levels and the indexing choice, with their activity entry; a field that would
     * become public and needs a confirmation ({@link ProfileField#needsConfirmationToPublish})
     * stops the save until {@code publicConfirmed}.
     */
    @Transactional
    public Outcome save(
            UUID accountId,
            Map<ProfileField, Level> chosen,
            boolean indexable,
            boolean publicConfirmed,
            String ip,
            String userAgent) {
        Map<ProfileField, Level> current = levels(accountId);
        List<ProfileField> newlyPublic =
                chosen.entrySet().stream()
                        .filter(
                                e ->
                                        e.getKey().needsConfirmationToPublish()
                                                && e.getValue() == Level.PUBLIC
                                                && current.get(e.getKey()) != Level.PUBLIC)
                        .map(Map.Entry::getKey)
                        .toList();
        if (!newlyPublic.isEmpty() && !publicConfirmed) {
            return new ConfirmPublic(newlyPublic);
        }
        List<String> changed =
                new ArrayList<>(
                        saveLevels(accountId, current, chosen).stream()
                                .map(ProfileField::slug)
                                .toList());
        Profile profile = Profile.findById(accountId);
        if (indexable != (profile != null && profile.indexable)) {
            if (profile == null) {
                profile = new Profile();
                profile.accountId = accountId;
                profile.persist();
            }
            profile.indexable = indexable;
            changed.add("indexable");
        }
        if (!changed.isEmpty()) {
            activity.record(
                    accountId,
                    EventType.VISIBILITY_CHANGED,
                    ip,
                    userAgent,
                    String.join(",", changed));
        }
        return new Saved();
    }

    /** Every field's level for the account (in the caller's transaction, if any). */
    public Map<ProfileField, Level> levels(UUID accountId) {
        try (Connection connection = dataSource.getConnection()) {
            return PublicProfiles.levels(connection, accountId);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read visibility levels", e);
        }
    }

    /**
     * Stores the levels that differ from {@code current} (as read before); returns the fields that
     * changed.
     */
    private List<ProfileField> saveLevels(
            UUID accountId, Map<ProfileField, Level> current, Map<ProfileField, Level> chosen) {
        List<ProfileField> changed =
                chosen.entrySet().stream()
                        .filter(e -> current.get(e.getKey()) != e.getValue())
                        .map(Map.Entry::getKey)
                        .toList();
        for (ProfileField field : changed) {
            Panache.getEntityManager()
                    .createNativeQuery(
                            "DELETE FROM field_visibility WHERE account_id = ?1 AND field = ?2")
                    .setParameter(1, accountId)
                    .setParameter(2, field.name())
                    .executeUpdate();
            Panache.getEntityManager()
                    .createNativeQuery(
                            "INSERT INTO field_visibility (account_id, field, level) "
                                    + "VALUES (?1, ?2, ?3)")
                    .setParameter(1, accountId)
                    .setParameter(2, field.name())
                    .setParameter(3, chosen.get(field).name())
                    .executeUpdate();
        }
        return changed;
    }
}
