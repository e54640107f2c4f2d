package dev.custodian.privacy;

import dev.custodian.catalogue.Catalogue;
import dev.custodian.webhook.Events;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the dashboard {@code /account} shows of one account: one statement for the account's name
 * and every count and date of the table of what we hold, the recipients told of erasures, and the
 * disclosures the user was told of (only when there are some).
 */
@Singleton
public class Dashboard {

    /**
     * Everything the dashboard shows of one account. The counts (by category of the catalogue: the
     * rows of its tables the user may see) and the dates come from one statement, so they agree
     * with each other. {@code dates} holds, by category, the UTC date its {@link Catalogue.Dated}
     * column gives, when there is one to give; {@code accepted} is null when no acceptance is
     * recorded. {@code disclosures} are those the user was told of, newest first (the disclosures
     * count is their number); {@code toldOfErasure} the recipients an endpoint tells of erasures.
     */
    public record Overview(
            String firstName,
            Map<String, Long> counts,
            Map<String, LocalDate> dates,
            List<Disclosure> disclosures,
            Accepted accepted,
            List<String> toldOfErasure) {

        public Overview {
            counts = Map.copyOf(counts);
            dates = Map.copyOf(dates);
            disclosures = List.copyOf(disclosures);
            toldOfErasure = List.copyOf(toldOfErasure);
        }
    }

    /** The account's latest acceptance of the privacy policy. */
    public record Accepted(String version, Instant acceptedAt) {}

    /**
     * One statement of scalar subqueries, each on one table and the one bound account id, made from
     * the catalogue: per category, the sum of its tables' counts ({@code count_ID}) and, when it is
     * dated, the date ({@code dated_ID}). It runs on PostgreSQL and on H2, and its counts are all
     * of the same moment. The latest acceptance is the latest {@code accepted_at}, the larger id
     * between equals.
     */
    private static final String HELD = held();

    /** The same with JDBC's positional parameters, each of them the account's id. */
    private static final String HELD_JDBC = HELD.replace(":id", "?");

    private static final int HELD_PARAMETERS = HELD.split(":id", -1).length - 1;

    /** The catalogue's category of the disclosures the user was told of. */
    private static final String DISCLOSURES = "disclosures";

    private final AgroalDataSource dataSource;
    private final Events events;

    Dashboard(AgroalDataSource dataSource, Events events) {
        this.dataSource = dataSource;
        this.events = events;
    }

    /**
     * Plain JDBC in autocommit, outside any transaction: one statement is one snapshot, so a
     * transaction would add nothing but two round trips, and the ORM nothing but its mapping.
     */
    public Overview of(UUID accountId) {
        Map<String, Long> counts = new HashMap<>();
        Map<String, LocalDate> dates = new HashMap<>();
        String firstName;
        Accepted accepted = null;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(HELD_JDBC)) {
            for (int i = 1; i <= HELD_PARAMETERS; i++) {
                statement.setObject(i, accountId);
            }
            try (ResultSet held = statement.executeQuery()) {
                if (!held.next()) {
                    throw new IllegalStateException("No account " + accountId);
                }
                firstName = held.getString("first_name");
                for (Catalogue.Category category : Catalogue.ALL) {
                    counts.put(category.id(), held.getLong("count_" + category.id()));
                    if (category.dated() != null) {
                        LocalDate date = date(held, category);
                        if (date != null) {
                            dates.put(category.id(), date);
                        }
                    }
                }
                String acceptedVersion = held.getString("accepted_version");
                if (acceptedVersion != null) {
                    accepted =
                            new Accepted(
                                    acceptedVersion,
                                    held.getObject("accepted_at", OffsetDateTime.class)
                                            .toInstant());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read what is held of an account", e);
        }
        return new Overview(
                firstName,
                counts,
                dates,
                // the count is of the same rows: none counted, none to list
                counts.get(DISCLOSURES) == 0 ? List.of() : Disclosure.toldTo(accountId),
                accepted,
                events.toldOfErasure());
    }

    /** The UTC date of the category's dated column, a date or a timestamp; null when none. */
    private static LocalDate date(ResultSet held, Catalogue.Category category) throws SQLException {
        Catalogue.Dated dated = category.dated();
        String column = "dated_" + category.id();
        if (category.table(dated.table()).column(dated.column()).kind() == Catalogue.Kind.DATE) {
            return held.getObject(column, LocalDate.class);
        }
        OffsetDateTime at = held.getObject(column, OffsetDateTime.class);
        return at == null ? null : LocalDate.ofInstant(at.toInstant(), ZoneOffset.UTC);
    }

    private static String held() {
        StringJoiner select =
                new StringJoiner(
                        ",\n  ",
                        "SELECT\n  acc.first_name,\n  ",
                        "\nFROM account acc WHERE acc.id = :id");
        for (Catalogue.Category category : Catalogue.ALL) {
            select.add(
                    category.tables().stream()
                                    .map(
                                            table ->
                                                    "(SELECT COUNT(*) FROM "
                                                            + table.name()
                                                            + " t WHERE "
                                                            + table.visibleRows(":id")
                                                            + ")")
                                    .collect(Collectors.joining(" + "))
                            + " AS count_"
                            + category.id());
            Catalogue.Dated dated = category.dated();
            if (dated != null) {
                Catalogue.Table table = category.table(dated.table());
                select.add(
                        "(SELECT "
                                + (dated.latest() ? "MAX" : "MIN")
                                + "(t."
                                + dated.column()
                                + ") FROM "
                                + table.name()
                                + " t WHERE "
                                + table.visibleRows(":id")
                                + (dated.condition() == null ? "" : " AND " + dated.condition())
                                + ") AS dated_"
                                + category.id());
            }
        }
        select.add(
                "(SELECT v.version FROM policy_acceptance a"
                        + " JOIN policy_version v ON v.id = a.policy_version_id"
                        + " WHERE a.account_id = :id"
                        + " ORDER BY a.accepted_at DESC, a.id DESC FETCH FIRST 1 ROWS ONLY)"
                        + " AS accepted_version");
        select.add(
                "(SELECT MAX(accepted_at) FROM policy_acceptance WHERE account_id = :id)"
                        + " AS accepted_at");
        return select.toString();
    }
}
