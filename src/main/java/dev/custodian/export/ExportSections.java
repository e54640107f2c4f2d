package dev.custodian.export;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an export holds: one section per table with an account's rows, each value column by column,
 * and the columns left out with the reason. ExportTest compares this list with the database's
 * tables and columns, so a table or column added later without a decision here fails the build.
 */
final class ExportSections {

    /** How a column's value is read from the database and written to JSON. */
    enum Kind {
        TEXT,
        TIMESTAMP,
        DATE,
        BOOLEAN,
        INTEGER,
        NUMBER
    }

    /** Why a column is not in the export; the archive says it to the user. */
    enum Withheld {
        /**
         * A password hash, token hash or encrypted secret: worthless to the user, useful to an
         * attacker.
         */
        SECRET,
        /**
         * A key, version or counter the software keeps for itself, saying nothing about the user.
         */
        INTERNAL,
        /** A normalised copy of a value that is in the export already. */
        COPY,
        /** The text of emails, which holds sign-in and confirmation links that may still work. */
        MAIL_BODY
    }

    /** A value of a row: its name in data.json, how it is read, and the SQL that reads it. */
    record Column(String name, Kind kind, String source, String sql) {}

    /**
     * @param name the key in data.json
     * @param single true when an account has at most one row (an object, or null, instead of a
     *     list)
     * @param condition what else a row must meet to be the user's to see, or "" (every row)
     */
    record Section(
            String name,
            String table,
            String key,
            boolean single,
            String orderBy,
            List<Column> columns,
            Map<String, Withheld> withheld,
            String condition) {

        /** One query per section; the account is its only parameter. */
        String sql() {
            return "SELECT "
                    + columns.stream().map(Column::sql).collect(Collectors.joining(", "))
                    + " FROM "
                    + table
                    + " t WHERE t."
                    + key
                    + " = ?"
                    + condition
                    + (orderBy == null ? "" : " ORDER BY " + orderBy);
        }
    }

    static final List<Section> ALL =
            List.of(
                    single(
                            "account",
                            "account",
                            "id",
                            columns(
                                    "id",
                                    "email",
                                    "email_verified_at:TIMESTAMP",
                                    "status",
                                    "first_name",
                                    "last_name",
                                    "company",
                                    "phone",
                                    "country",
                                    "locale",
                                    "roles",
                                    "adult_attested_at:TIMESTAMP",
                                    "created_at:TIMESTAMP",
                                    "billing_same_as_postal:BOOLEAN",
                                    "password_reset_required:BOOLEAN",
                                    "closed_at:TIMESTAMP",
                                    "erase_after:TIMESTAMP",
                                    "erasure_asked:BOOLEAN",
                                    "erased_at:TIMESTAMP",
                                    "opt_out_signal_at:TIMESTAMP"),
                            Map.of(
                                    "password_hash",
                                    Withheld.SECRET,
                                    "fraud_marker",
                                    Withheld.SECRET,
                                    "email_normalized",
                                    Withheld.COPY,
                                    "version",
                                    Withheld.INTERNAL)),
                    single(
                            "profile",
                            "profile",
                            "account_id",
                            columns("handle", "headline", "city", "about", "indexable:BOOLEAN"),
                            Map.of(
                                    "handle_normalized",
                                    Withheld.COPY,
                                    "version",
                                    Withheld.INTERNAL)),
                    list(
                            "addresses",
                            "address",
                            "kind",
                            columns(
                                    "kind",
                                    "line1",
                                    "line2",
                                    "postal_code",
                                    "city",
                                    "region",
                                    "country"),
                            Map.of("id", Withheld.INTERNAL, "version", Withheld.INTERNAL)),
                    list(
                            "experiences",
                            "experience",
                            "position",
                            columns(
                                    "position:INTEGER",
                                    "title",
                                    "organisation",
                                    "started_on:DATE",
                                    "ended_on:DATE"),
                            Map.of("id", Withheld.INTERNAL, "version", Withheld.INTERNAL)),
                    list(
                            "visibility",
                            "field_visibility",
                            "field",
                            columns("field", "level"),
                            Map.of()),
                    list(
                            "communication_preferences",
                            "communication_preference",
                            "category",
                            columns("category", "subscribed:BOOLEAN", "updated_at:TIMESTAMP"),
                            Map.of()),
                    list(
                            "consent_history",
                            "consent_event",
                            "occurred_at",
                            columns(
                                    "occurred_at:TIMESTAMP",
                                    "category",
                                    "action",
                                    "source",
                                    "ip",
                                    "policy_version"),
                            Map.of("id", Withheld.INTERNAL)),
                    list(
                            "sessions",
                            "user_session",
                            "created_at",
                            columns(
                                    "created_at:TIMESTAMP",
                                    "last_seen_at:TIMESTAMP",
                                    "expires_at:TIMESTAMP",
                                    "authenticated_at:TIMESTAMP",
                                    "ip",
                                    "user_agent",
                                    "second_factor_passed:BOOLEAN",
                                    "pending_second_factor:BOOLEAN",
                                    "second_factor_failures:INTEGER"),
                            Map.of("id", Withheld.INTERNAL, "token_hash", Withheld.SECRET)),
                    single(
                            "two_factor",
                            "totp_credential",
                            "account_id",
                            columns("created_at:TIMESTAMP", "confirmed_at:TIMESTAMP"),
                            Map.of(
                                    "secret_encrypted",
                                    Withheld.SECRET,
                                    "last_used_step",
                                    Withheld.INTERNAL,
                                    "consecutive_failures",
                                    Withheld.INTERNAL)),
                    list(
                            "recovery_codes",
                            "recovery_code",
                            "used_at",
                            columns("used_at:TIMESTAMP"),
                            Map.of("id", Withheld.INTERNAL, "code_hash", Withheld.SECRET)),
                    list(
                            "emailed_links",
                            "one_time_token",
                            "created_at",
                            columns(
                                    "purpose",
                                    "payload",
                                    "created_at:TIMESTAMP",
                                    "expires_at:TIMESTAMP",
                                    "used_at:TIMESTAMP"),
                            Map.of("id", Withheld.INTERNAL, "token_hash", Withheld.SECRET)),
                    list(
                            "activity",
                            "account_event",
                            "occurred_at",
                            columns("occurred_at:TIMESTAMP", "type", "ip", "user_agent", "detail"),
                            Map.of("id", Withheld.INTERNAL)),
                    list(
                            "products",
                            "product",
                            "started_on",
                            columns("name", "kind", "status", "started_on:DATE", "ended_on:DATE"),
                            Map.of("id", Withheld.INTERNAL, "version", Withheld.INTERNAL)),
                    list(
                            "invoices",
                            "invoice",
                            "issued_on",
                            columns(
                                    "number",
                                    "issued_on:DATE",
                                    "amount:NUMBER",
                                    "currency",
                                    "billing_name",
                                    "billing_address",
                                    "retain_until:DATE"),
                            Map.of("id", Withheld.INTERNAL)),
                    list(
                            "policy_acceptances",
                            "policy_acceptance",
                            "accepted_at",
                            List.of(
                                    new Column(
                                            "policy_version",
                                            Kind.TEXT,
                                            "policy_version_id",
                                            "(SELECT v.version FROM policy_version v WHERE v.id = t.policy_version_id)"),
                                    column("accepted_at:TIMESTAMP"),
                                    column("ip")),
                            Map.of("id", Withheld.INTERNAL)),
                    // A disclosure the law does not yet allow the user to be told of is not theirs
                    // to see yet
                    // (policy 002 §3.2): it appears once they are told.
                    list(
                            "disclosures",
                            "disclosure",
                            "disclosed_on",
                            columns(
                                    "disclosed_on:DATE",
                                    "recipient",
                                    "purpose",
                                    "legal_basis",
                                    "data_categories",
                                    "recorded_at:TIMESTAMP",
                                    "notified_at:TIMESTAMP"),
                            Map.of("id", Withheld.INTERNAL),
                            " AND t.notified_at IS NOT NULL"),
                    list(
                            "linked_identities",
                            "oidc_identity",
                            "linked_at",
                            columns(
                                    "linked_at:TIMESTAMP",
                                    "issuer",
                                    "subject",
                                    "email",
                                    "last_used_at:TIMESTAMP"),
                            Map.of("id", Withheld.INTERNAL)),
                    list(
                            "emails",
                            "outbox_mail",
                            "created_at",
                            columns(
                                    "created_at:TIMESTAMP",
                                    "kind",
                                    "stream",
                                    "recipient",
                                    "subject",
                                    "status",
                                    "sent_at:TIMESTAMP"),
                            Map.of(
                                    "id",
                                    Withheld.INTERNAL,
                                    "body_text",
                                    Withheld.MAIL_BODY,
                                    "body_html",
                                    Withheld.MAIL_BODY,
                                    "headers",
                                    Withheld.MAIL_BODY,
                                    "attempts",
                                    Withheld.INTERNAL,
                                    "next_attempt_at",
                                    Withheld.INTERNAL,
                                    "last_error",
                                    Withheld.INTERNAL,
                                    "campaign_id",
                                    Withheld.INTERNAL,
                                    "message_id",
                                    Withheld.INTERNAL),
                            // Not the link sent to an address asked for in an email change: it is
                            // sent only when the
                            // address is free, so its absence would tell which addresses are
                            // registered. The
                            // address asked for is in emailed_links either way.
                            " AND t.kind <> 'confirmNewEmail'"),
                    list(
                            "exports",
                            "data_export",
                            "requested_at",
                            columns(
                                    "requested_at:TIMESTAMP",
                                    "status",
                                    "locale",
                                    "ready_at:TIMESTAMP",
                                    "expires_at:TIMESTAMP",
                                    "size_bytes:INTEGER"),
                            Map.of("id", Withheld.INTERNAL, "attempts", Withheld.INTERNAL)));

    /**
     * Tables with an account_id that are not exported; the archive says why (label {@code
     * not_exported.TABLE}). Reports that an account may belong to a minor come from other people,
     * whose identity is theirs to keep (GDPR art. 15(4)).
     */
    static final List<String> NOT_EXPORTED = List.of("underage_report");

    private ExportSections() {}

    private static Section single(
            String name,
            String table,
            String key,
            List<Column> columns,
            Map<String, Withheld> withheld) {
        return new Section(name, table, key, true, null, columns, sorted(withheld), "");
    }

    private static Section list(
            String name,
            String table,
            String orderBy,
            List<Column> columns,
            Map<String, Withheld> withheld) {
        return list(name, table, orderBy, columns, withheld, "");
    }

    private static Section list(
            String name,
            String table,
            String orderBy,
            List<Column> columns,
            Map<String, Withheld> withheld,
            String condition) {
        String first = columns.get(0).source();
        String order = orderBy.equals(first) ? "t." + orderBy : "t." + orderBy + ", t." + first;
        return new Section(
                name, table, "account_id", false, order, columns, sorted(withheld), condition);
    }

    /** "name" or "name:KIND" (TEXT when no kind is given). */
    private static Column column(String spec) {
        String[] parts = spec.split(":");
        Kind kind = parts.length == 1 ? Kind.TEXT : Kind.valueOf(parts[1]);
        return new Column(parts[0], kind, parts[0], "t." + parts[0]);
    }

    private static List<Column> columns(String... specs) {
        return Arrays.stream(specs).map(ExportSections::column).toList();
    }

    private static Map<String, Withheld> sorted(Map<String, Withheld> withheld) {
        return withheld.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .collect(
                        Collectors.toMap(
                                Map.Entry::getKey,
                                Map.Entry::getValue,
                                (a, b) -> a,
                                LinkedHashMap::new));
    }
}
