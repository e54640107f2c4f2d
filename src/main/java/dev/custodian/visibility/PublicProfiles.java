package dev.custodian.visibility;

import dev.custodian.profile.PhoneNumbers;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A profile as one viewer may see it: every field the viewer may not see is null, so that a
 * template cannot show it by mistake. Only open accounts have profiles to show.
 *
 * <p>This is the most visited page, anonymous visitors and crawlers included: it reads with plain
 * JDBC on one connection (no transaction, no ORM session), the profile and its levels in one query
 * and the experiences in a second only when they are shown.
 */
@Singleton
public class PublicProfiles {

    /**
     * The profile and, in the same round trip, the level stored for each field (null: its default).
     */
    private static final String PROFILE =
            "SELECT a.id, p.handle, a.first_name, a.last_name, p.headline, a.company, "
                    + "p.city, a.country, p.about, a.email, a.phone, p.indexable, "
                    + "EXISTS (SELECT 1 FROM profile_photo ph WHERE ph.account_id = a.id)"
                    + Arrays.stream(ProfileField.values())
                            .map(
                                    f ->
                                            ", (SELECT v.level FROM field_visibility v "
                                                    + "WHERE v.account_id = a.id AND v.field = '"
                                                    + f.name()
                                                    + "')")
                            .collect(Collectors.joining())
                    + " FROM profile p JOIN account a ON a.id = p.account_id WHERE p.handle_normalized = ? AND a.status = 'ACTIVE'";

    private static final int FIRST_LEVEL_COLUMN = 14;
    private static final String LEVELS =
            "SELECT field, level FROM field_visibility WHERE account_id = ?";
    private static final String PHOTO_LARGE =
            "SELECT large FROM profile_photo WHERE account_id = ?";
    private static final String PHOTO_SMALL =
            "SELECT small FROM profile_photo WHERE account_id = ?";
    private static final String POSITIONS =
            "SELECT title, organisation, started_on, ended_on FROM experience "
                    + "WHERE account_id = ? ORDER BY position";

    /**
     * An experience line as a profile shows it (months as 2021-09, {@code to} null while current).
     */
    public record Position(String title, String organisation, String from, String to) {}

    /**
     * What the viewer may see (null or false for the rest); {@code indexable} is the owner's choice
     * about search engines.
     */
    public record View(
            UUID accountId,
            String handle,
            String name,
            boolean photo,
            String headline,
            String company,
            String city,
            String country,
            String about,
            List<Position> experiences,
            String email,
            String phone,
            boolean indexable) {

        public boolean isEmpty() {
            return name == null
                    && !photo
                    && headline == null
                    && company == null
                    && city == null
                    && country == null
                    && about == null
                    && experiences == null
                    && email == null
                    && phone == null;
        }

        /** What stands for the photo when there is none to show. */
        public String initials() {
            return Initials.of(name, handle);
        }
    }

    private final AgroalDataSource dataSource;

    PublicProfiles(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A profile as stored, with every field's level: what {@link #viewAs} filters for a viewer. */
    public record Stored(
            UUID accountId,
            String handle,
            String firstName,
            String lastName,
            String headline,
            String company,
            String city,
            String country,
            String about,
            String email,
            String phone,
            boolean indexable,
            boolean photo,
            Map<ProfileField, Level> levels) {

        /**
         * Whether {@code viewer} may see a photo of this profile: there is one, and it is shown.
         */
        public boolean photoShownTo(Viewer viewer) {
            return photo && levels.get(ProfileField.PHOTO).visibleTo(viewer);
        }
    }

    /**
     * The profile behind {@code handle}, in one query; empty for a closed account or an unknown
     * handle.
     */
    public Optional<Stored> load(String handle) {
        return read(
                connection -> {
                    try (PreparedStatement query = connection.prepareStatement(PROFILE)) {
                        query.setString(1, handle.toLowerCase(Locale.ROOT));
                        try (ResultSet row = query.executeQuery()) {
                            if (!row.next()) {
                                return Optional.<Stored>empty();
                            }
                            Map<ProfileField, Level> levels = new EnumMap<>(ProfileField.class);
                            for (ProfileField field : ProfileField.values()) {
                                String chosen = row.getString(FIRST_LEVEL_COLUMN + field.ordinal());
                                levels.put(
                                        field,
                                        chosen == null
                                                ? field.defaultLevel
                                                : Level.valueOf(chosen));
                            }
                            return Optional.of(
                                    new Stored(
                                            row.getObject(1, UUID.class),
                                            row.getString(2),
                                            row.getString(3),
                                            row.getString(4),
                                            row.getString(5),
                                            row.getString(6),
                                            row.getString(7),
                                            row.getString(8),
                                            row.getString(9),
                                            row.getString(10),
                                            row.getString(11),
                                            row.getBoolean(12),
                                            row.getBoolean(13),
                                            levels));
                        }
                    }
                });
    }

    /**
     * What {@code viewer} may see of the profile; the experiences are read only when they are
     * shown.
     */
    public View viewAs(Stored profile, Viewer viewer, Locale locale) {
        Map<ProfileField, Level> levels = profile.levels();
        String country = profile.country();
        return new View(
                profile.accountId(),
                profile.handle(),
                shown(
                        levels,
                        ProfileField.NAME,
                        viewer,
                        profile.firstName() + " " + profile.lastName()),
                profile.photoShownTo(viewer),
                shown(levels, ProfileField.HEADLINE, viewer, profile.headline()),
                shown(levels, ProfileField.COMPANY, viewer, profile.company()),
                shown(levels, ProfileField.CITY, viewer, profile.city()),
                shown(
                        levels,
                        ProfileField.COUNTRY,
                        viewer,
                        country == null ? null : new Locale("", country).getDisplayCountry(locale)),
                shown(levels, ProfileField.ABOUT, viewer, profile.about()),
                levels.get(ProfileField.EXPERIENCES).visibleTo(viewer)
                        ? read(connection -> positions(connection, profile.accountId()))
                        : null,
                shown(levels, ProfileField.EMAIL, viewer, profile.email()),
                shown(
                        levels,
                        ProfileField.PHONE,
                        viewer,
                        profile.phone() == null
                                ? null
                                : PhoneNumbers.display(profile.phone(), country)),
                profile.indexable());
    }

    /** The account's photo, large or small; empty when it has none. */
    public Optional<byte[]> photo(UUID accountId, boolean large) {
        return read(
                connection -> {
                    try (PreparedStatement query =
                            connection.prepareStatement(large ? PHOTO_LARGE : PHOTO_SMALL)) {
                        query.setObject(1, accountId);
                        try (ResultSet row = query.executeQuery()) {
                            return row.next()
                                    ? Optional.of(row.getBytes(1))
                                    : Optional.<byte[]>empty();
                        }
                    }
                });
    }

    /** Every field's level: as chosen, or the field's default. */
    static Map<ProfileField, Level> levels(Connection connection, UUID accountId)
            throws SQLException {
        Map<ProfileField, Level> levels = new EnumMap<>(ProfileField.class);
        for (ProfileField field : ProfileField.values()) {
            levels.put(field, field.defaultLevel);
        }
        try (PreparedStatement query = connection.prepareStatement(LEVELS)) {
            query.setObject(1, accountId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    levels.put(
                            ProfileField.valueOf(row.getString(1)),
                            Level.valueOf(row.getString(2)));
                }
            }
        }
        return levels;
    }

    private static String shown(
            Map<ProfileField, Level> levels, ProfileField field, Viewer viewer, String value) {
        return levels.get(field).visibleTo(viewer) && value != null && !value.isBlank()
                ? value
                : null;
    }

    /** The experiences in the user's order; null when there are none, so that nothing is shown. */
    private static List<Position> positions(Connection connection, UUID accountId)
            throws SQLException {
        List<Position> positions = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(POSITIONS)) {
            query.setObject(1, accountId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    Date ended = row.getDate(4);
                    positions.add(
                            new Position(
                                    row.getString(1),
                                    row.getString(2),
                                    month(row.getDate(3)),
                                    ended == null ? null : month(ended)));
                }
            }
        }
        return positions.isEmpty() ? null : positions;
    }

    private static String month(Date date) {
        return YearMonth.from(date.toLocalDate()).toString();
    }

    /** A read on a connection of its own, outside any transaction. */
    private <T> T read(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a profile", e);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T on(Connection connection) throws SQLException;
    }
}
