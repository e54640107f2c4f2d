package dev.custodian.privacy;

import dev.custodian.catalogue.Catalogue;
import dev.custodian.webhook.Events;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.inject.Singleton;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * What the dashboard {@code /account} shows of one account, read in one read-only transaction: one
 * statement for the account's name and every count and date of the table of what we hold, the
 * recipients told of erasures, and the disclosures the user was told of (only when there are some).
 */
@Singleton
public class Dashboard {

    /**
     * Everything the dashboard shows of one account. The counts (by category of the catalogue: the
     * rows of its tables the user may see) and the dates come from one statement, so they agree
     * with each other. {@code dates} holds, by category, the UTC date its {@link Catalogue.Dated}
     * column gives, when there is one to give; {@code accepted} is null when no acceptance is
     * recorded. {@code disclosures} are those the user was told of, newest first (the disclosures
     * count is their number), detached entities loaded read-only; {@code toldOfErasure} the
     * recipients an endpoint tells of erasures.
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

    /** The catalogue's category of the disclosures the user was told of. */
    private static final String DISCLOSURES = "disclosures";

    private final Events events;

    Dashboard(Events events) {
        this.events = events;
    }

    /**
     * In a transaction of its own, so that its read-only session is no caller's: Hibernate keeps no
     * snapshot of what it loads and flushes nothing.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Overview of(UUID accountId) {
        Session session = Panache.getSession();
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        NativeQuery<Tuple> query =
                session.createNativeQuery(HELD, Tuple.class).setParameter("id", accountId);
        query.addScalar("first_name", String.class);
        for (Catalogue.Category category : Catalogue.ALL) {
            query.addScalar("count_" + category.id(), Long.class);
            if (category.dated() != null) {
                query.addScalar("dated_" + category.id(), dateType(category));
            }
        }
        query.addScalar("accepted_version", String.class).addScalar("accepted_at", Instant.class);
        Tuple held = query.getSingleResult();
        Map<String, Long> counts = new HashMap<>();
        Map<String, LocalDate> dates = new HashMap<>();
        for (Catalogue.Category category : Catalogue.ALL) {
            counts.put(category.id(), held.get("count_" + category.id(), Long.class));
            if (category.dated() != null) {
                Object date = held.get("dated_" + category.id());
                if (date instanceof Instant at) {
                    dates.put(category.id(), LocalDate.ofInstant(at, ZoneOffset.UTC));
                } else if (date instanceof LocalDate day) {
                    dates.put(category.id(), day);
                }
            }
        }
        String acceptedVersion = held.get("accepted_version", String.class);
        return new Overview(
                held.get("first_name", String.class),
                counts,
                dates,
                // the count is of the same rows: none counted, none to list
                counts.get(DISCLOSURES) == 0 ? List.of() : Disclosure.toldTo(accountId),
                acceptedVersion == null
                        ? null
                        : new Accepted(acceptedVersion, held.get("accepted_at", Instant.class)),
                events.toldOfErasure());
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

    /** A dated column is a date or a timestamp. */
    private static Class<?> dateType(Catalogue.Category category) {
        Catalogue.Dated dated = category.dated();
        Catalogue.Kind kind = category.table(dated.table()).column(dated.column()).kind();
        return kind == Catalogue.Kind.DATE ? LocalDate.class : Instant.class;
    }
}
