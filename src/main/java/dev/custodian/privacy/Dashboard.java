package dev.custodian.privacy;

import dev.custodian.account.Account;
import dev.custodian.export.DataExport;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.inject.Singleton;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * What the dashboard {@code /account} shows of one account, read in one read-only transaction: the
 * account, one statement for every count and date of the table of what we hold, and the disclosures
 * the user was told of.
 */
@Singleton
public class Dashboard {

    /**
     * Everything the dashboard shows of one account. The counts are the account's own rows and,
     * with the dates, come from one statement, so they agree with each other; a date is null when
     * there is nothing to date, {@code accepted} when no acceptance is recorded. {@code
     * disclosures} are those the user was told of, newest first (the table's count is their
     * number). The account and the disclosures are detached entities, loaded read-only.
     */
    public record Overview(
            Account account,
            long addresses,
            long profiles,
            long experiences,
            long visibilityChoices,
            long consentEvents,
            long activityEntries,
            long sessions,
            long products,
            long invoices,
            long exports,
            long policyAcceptances,
            Instant oldestEvent,
            LocalDate firstInvoiceEnd,
            Instant exportGoes,
            List<Disclosure> disclosures,
            Accepted accepted) {

        public Overview {
            disclosures = List.copyOf(disclosures);
        }
    }

    /** The account's latest acceptance of the privacy policy. */
    public record Accepted(String version, Instant acceptedAt) {}

    /**
     * One statement of scalar subqueries, each on one table and the one bound account id: it runs
     * on PostgreSQL and on H2, and its counts are all of the same moment. The latest acceptance is
     * the latest {@code accepted_at}, the larger id between equals.
     */
    private static final String HELD =
            """
            SELECT
              (SELECT COUNT(*) FROM address WHERE account_id = :id) AS addresses,
              (SELECT COUNT(*) FROM profile WHERE account_id = :id) AS profiles,
              (SELECT COUNT(*) FROM experience WHERE account_id = :id) AS experiences,
              (SELECT COUNT(*) FROM field_visibility WHERE account_id = :id) AS visibility_choices,
              (SELECT COUNT(*) FROM consent_event WHERE account_id = :id) AS consent_events,
              (SELECT COUNT(*) FROM account_event WHERE account_id = :id) AS activity_entries,
              (SELECT MIN(occurred_at) FROM account_event WHERE account_id = :id) AS oldest_event,
              (SELECT COUNT(*) FROM user_session WHERE account_id = :id) AS sessions,
              (SELECT COUNT(*) FROM product WHERE account_id = :id) AS products,
              (SELECT COUNT(*) FROM invoice WHERE account_id = :id) AS invoices,
              (SELECT MIN(retain_until) FROM invoice WHERE account_id = :id) AS first_invoice_end,
              (SELECT COUNT(*) FROM data_export WHERE account_id = :id) AS exports,
              (SELECT MAX(expires_at) FROM data_export
                 WHERE account_id = :id AND status = :ready) AS export_goes,
              (SELECT COUNT(*) FROM policy_acceptance WHERE account_id = :id) AS policy_acceptances,
              (SELECT v.version FROM policy_acceptance a
                 JOIN policy_version v ON v.id = a.policy_version_id
                 WHERE a.account_id = :id
                 ORDER BY a.accepted_at DESC, a.id DESC FETCH FIRST 1 ROWS ONLY) AS accepted_version,
              (SELECT MAX(accepted_at) FROM policy_acceptance WHERE account_id = :id) AS accepted_at
            """;

    /**
     * In a transaction of its own, so that its read-only session is no caller's: Hibernate keeps no
     * snapshot of what it loads and flushes nothing.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Overview of(UUID accountId) {
        Session session = Panache.getSession();
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        Account account = Account.findById(accountId);
        Tuple held =
                session.createNativeQuery(HELD, Tuple.class)
                        .setParameter("id", accountId)
                        .setParameter("ready", DataExport.Status.READY.name())
                        .addScalar("addresses", Long.class)
                        .addScalar("profiles", Long.class)
                        .addScalar("experiences", Long.class)
                        .addScalar("visibility_choices", Long.class)
                        .addScalar("consent_events", Long.class)
                        .addScalar("activity_entries", Long.class)
                        .addScalar("oldest_event", Instant.class)
                        .addScalar("sessions", Long.class)
                        .addScalar("products", Long.class)
                        .addScalar("invoices", Long.class)
                        .addScalar("first_invoice_end", LocalDate.class)
                        .addScalar("exports", Long.class)
                        .addScalar("export_goes", Instant.class)
                        .addScalar("policy_acceptances", Long.class)
                        .addScalar("accepted_version", String.class)
                        .addScalar("accepted_at", Instant.class)
                        .getSingleResult();
        String acceptedVersion = held.get("accepted_version", String.class);
        return new Overview(
                account,
                count(held, "addresses"),
                count(held, "profiles"),
                count(held, "experiences"),
                count(held, "visibility_choices"),
                count(held, "consent_events"),
                count(held, "activity_entries"),
                count(held, "sessions"),
                count(held, "products"),
                count(held, "invoices"),
                count(held, "exports"),
                count(held, "policy_acceptances"),
                held.get("oldest_event", Instant.class),
                held.get("first_invoice_end", LocalDate.class),
                held.get("export_goes", Instant.class),
                Disclosure.toldTo(accountId),
                acceptedVersion == null
                        ? null
                        : new Accepted(acceptedVersion, held.get("accepted_at", Instant.class)));
    }

    private static long count(Tuple held, String alias) {
        return held.get(alias, Long.class);
    }
}
