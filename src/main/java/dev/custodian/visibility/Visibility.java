package dev.custodian.visibility;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The levels an account chose for its profile fields; a field never chosen has its default. */
@Singleton
public class Visibility {

    private final AgroalDataSource dataSource;

    Visibility(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
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
    @Transactional
    public List<ProfileField> save(
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
