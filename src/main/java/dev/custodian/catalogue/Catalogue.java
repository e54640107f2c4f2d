package dev.custodian.catalogue;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The catalogue of the personal data Custodian holds, the one list that the privacy dashboard, the
 * export, the erasure job and the retention job read: each category, by the id the privacy manifest
 * describes it with; its tables, by the column that ties a row to its account; each column,
 * exported (as what kind of JSON value) or withheld (and why); and what erasure does to the rows.
 * CatalogueTest compares it with the database, so that a table or column added later without a
 * decision here fails the build. It names tables and columns only, and knows no feature.
 */
public final class Catalogue {

    /** How a column's value is read from the database and written to JSON. */
    public enum Kind {
        TEXT,
        TIMESTAMP,
        DATE,
        BOOLEAN,
        INTEGER,
        NUMBER,
        /**
         * An image (bytea): a JPEG file of its own in the archive, which data.json names by its
         * path in the zip.
         */
        JPEG
    }

    /** Why a column, or a whole table, is not in the export; the archive says it to the user. */
    public enum Withheld {
        /**
         * A password hash, token hash or encrypted secret: worthless to the user, useful to an
         * attacker.
         */
        SECRET,
        /**
         * A key, version or counter the software keeps for itself, saying nothing about the user.
         */
        INTERNAL,
        /**
         * A passkey's public key and the identifier the browser names it by: not secret (the
         * private key never leaves the user's authenticator, so none is held here), and of no use
         * outside this site.
         */
        PUBLIC_KEY,
        /** A normalised copy of a value that is in the export already. */
        COPY,
        /** The text of emails, which holds sign-in and confirmation links that may still work. */
        MAIL_BODY,
        /**
         * What other people told us about the user, whose identity is theirs to keep (GDPR art.
         * 15(4)).
         */
        OTHER_PEOPLE
    }

    /** What erasing an account does to its rows in a table. */
    public enum Erasure {
        /** The rows are deleted. */
        DELETE,
        /**
         * The rows stay, with the {@code cleared} columns set back to their default (NULL, or the
         * empty roles of the account): the account's own row becomes its tombstone, and consent
         * events stay as proof of consent (GDPR art. 7(1)) until their legal hold ends.
         */
        CLEAR,
        /**
         * The rows stay as they are until their own end: invoices keep their billing snapshot until
         * their legal end, when the retention job deletes them.
         */
        KEEP
    }

    /**
     * How index.html shows a text value to its reader; data.json always holds the value as stored.
     */
    public enum Reading {
        /** What the user or another person wrote, shown as it is. */
        AS_IS,
        /**
         * One of a fixed set of values (an enum's constant, a category's id), shown in the words
         * that the feature owning the values gives as a {@link ValueWords}.
         */
        WORDS,
        /** An ISO 3166 country code, shown as the country's name. */
        COUNTRY,
        /** A language tag, shown as the language's name. */
        LANGUAGE
    }

    /**
     * A value of an exported row: its name in data.json, how it is read, the column it comes from,
     * the SQL that reads it (the column itself, or an expression over the row {@code t}) and how
     * index.html shows it.
     */
    public record Column(String name, Kind kind, String source, String sql, Reading reading) {}

    /**
     * How a table is exported.
     *
     * @param section its key in data.json
     * @param single true when an account has at most one row (an object, or null, instead of a
     *     list)
     * @param orderBy the SQL order of a list's rows, or null
     * @param withheld the columns left out, with the reason, by column name
     */
    public record Export(
            String section,
            boolean single,
            String orderBy,
            List<Column> columns,
            Map<String, Withheld> withheld) {

        public Export {
            columns = List.copyOf(columns);
            withheld = sorted(withheld);
        }
    }

    /**
     * A table with rows of an account.
     *
     * @param key the column holding the account's id
     * @param visible what else a row must meet to be the user's to see (exported and counted), as
     *     SQL over the row {@code t}, or null for every row
     * @param export how it is exported, or null when it is not
     * @param notExported why it is not exported, or null when it is
     * @param cleared the columns erasure empties when it keeps the rows ({@link Erasure#CLEAR})
     */
    public record Table(
            String name,
            String key,
            String visible,
            Export export,
            Withheld notExported,
            Erasure erasure,
            List<String> cleared) {

        /** "t.key = ?" and the visibility condition: the rows the user may see of an account. */
        public String visibleRows(String account) {
            return "t." + key + " = " + account + (visible == null ? "" : " AND " + visible);
        }

        /** The export's query; the account is its only parameter. */
        public String exportSql() {
            return "SELECT "
                    + export.columns().stream().map(Column::sql).collect(Collectors.joining(", "))
                    + " FROM "
                    + name
                    + " t WHERE "
                    + visibleRows("?")
                    + (export.orderBy() == null ? "" : " ORDER BY " + export.orderBy());
        }

        /** The exported column whose value comes from {@code source}. */
        public Column column(String source) {
            return export.columns().stream()
                    .filter(c -> c.source().equals(source))
                    .findFirst()
                    .orElseThrow(() -> new NoSuchElementException(name + "." + source));
        }
    }

    /**
     * What dates a category's entries for one account: the earliest (or, with {@code latest}, the
     * latest) value of an exported column of one of its tables, among the rows the user may see
     * that meet {@code condition} (SQL over the row {@code t}, or null).
     *
     * @param start true when the column is when an entry was made, so that the category's period is
     *     still to be added to tell when it goes; false when it is when the entry goes
     */
    public record Dated(
            String table, String column, boolean latest, boolean start, String condition) {}

    /**
     * A category of personal data.
     *
     * @param rules the retention rules of the manifest that this category's code keeps
     * @param dated what dates its entries, or null when its rule leaves nothing to date
     */
    public record Category(String id, Set<String> rules, List<Table> tables, Dated dated) {

        /** Its tables that are in the export, in the order of data.json. */
        public List<Table> exported() {
            return tables.stream().filter(t -> t.export() != null).toList();
        }

        public Table table(String name) {
            return tables.stream()
                    .filter(t -> t.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new NoSuchElementException(id + " has no table " + name));
        }
    }

    /** Every category, in the order the export writes them. */
    public static final List<Category> ALL =
            List.of(
                    new Category(
                            "contact",
                            Set.of("account"),
                            List.of(
                                    new Table(
                                            "account",
                                            "id",
                                            null,
                                            new Export(
                                                    "account",
                                                    true,
                                                    null,
                                                    columns(
                                                            "id",
                                                            "email",
                                                            "email_verified_at:TIMESTAMP",
                                                            "status/WORDS",
                                                            "first_name",
                                                            "last_name",
                                                            "company",
                                                            "phone",
                                                            "country/COUNTRY",
                                                            "locale/LANGUAGE",
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
                                            null,
                                            // the tombstone: its id, status and dates, and the
                                            // anti-fraud marker the erasure job writes
                                            Erasure.CLEAR,
                                            List.of(
                                                    "email",
                                                    "email_normalized",
                                                    "password_hash",
                                                    "first_name",
                                                    "last_name",
                                                    "company",
                                                    "phone",
                                                    "country",
                                                    "locale",
                                                    "roles")),
                                    list(
                                            "address",
                                            "addresses",
                                            "kind",
                                            columns(
                                                    "kind/WORDS",
                                                    "line1",
                                                    "line2",
                                                    "postal_code",
                                                    "city",
                                                    "region",
                                                    "country/COUNTRY"),
                                            Map.of(
                                                    "id",
                                                    Withheld.INTERNAL,
                                                    "version",
                                                    Withheld.INTERNAL))),
                            null),
                    new Category(
                            "profile",
                            Set.of("account"),
                            List.of(
                                    single(
                                            "profile",
                                            "profile",
                                            columns(
                                                    "handle",
                                                    "headline",
                                                    "city",
                                                    "about",
                                                    "indexable:BOOLEAN"),
                                            Map.of(
                                                    "handle_normalized",
                                                    Withheld.COPY,
                                                    "version",
                                                    Withheld.INTERNAL)),
                                    list(
                                            "experience",
                                            "experiences",
                                            "position",
                                            columns(
                                                    "position:INTEGER",
                                                    "title",
                                                    "organisation",
                                                    "started_on:DATE",
                                                    "ended_on:DATE"),
                                            Map.of(
                                                    "id",
                                                    Withheld.INTERNAL,
                                                    "version",
                                                    Withheld.INTERNAL)),
                                    single(
                                            "profile_photo",
                                            "photo",
                                            List.of(
                                                    new Column(
                                                            "photo",
                                                            Kind.JPEG,
                                                            "large",
                                                            "t.large",
                                                            Reading.AS_IS),
                                                    column("updated_at:TIMESTAMP")),
                                            // the thumbnail is the same photo, smaller
                                            Map.of("small", Withheld.COPY))),
                            null),
                    new Category(
                            "visibility",
                            Set.of("account"),
                            List.of(
                                    list(
                                            "field_visibility",
                                            "visibility",
                                            "field",
                                            columns("field/WORDS", "level/WORDS"),
                                            Map.of())),
                            null),
                    new Category(
                            "consent",
                            Set.of("legal-hold"),
                            List.of(
                                    list(
                                            "communication_preference",
                                            "communication_preferences",
                                            "category",
                                            columns(
                                                    "category/WORDS",
                                                    "subscribed:BOOLEAN",
                                                    "updated_at:TIMESTAMP"),
                                            Map.of()),
                                    new Table(
                                            "consent_event",
                                            "account_id",
                                            null,
                                            listExport(
                                                    "consent_history",
                                                    "occurred_at",
                                                    columns(
                                                            "occurred_at:TIMESTAMP",
                                                            "category/WORDS",
                                                            "action/WORDS",
                                                            "source/WORDS",
                                                            "ip",
                                                            "policy_version"),
                                                    Map.of("id", Withheld.INTERNAL)),
                                            null,
                                            // the proof of consent, pointing at the tombstone,
                                            // without the address it came from
                                            Erasure.CLEAR,
                                            List.of("ip"))),
                            null),
                    new Category(
                            "activity",
                            Set.of("from-creation", "account"),
                            List.of(
                                    list(
                                            "account_event",
                                            "activity",
                                            "occurred_at",
                                            columns(
                                                    "occurred_at:TIMESTAMP",
                                                    "type/WORDS",
                                                    "ip",
                                                    "user_agent",
                                                    "detail"),
                                            Map.of("id", Withheld.INTERNAL))),
                            new Dated("account_event", "occurred_at", false, true, null)),
                    new Category(
                            "sessions",
                            Set.of("while-active"),
                            List.of(
                                    list(
                                            "user_session",
                                            "sessions",
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
                                            Map.of(
                                                    "id",
                                                    Withheld.INTERNAL,
                                                    "token_hash",
                                                    Withheld.SECRET))),
                            new Dated("user_session", "expires_at", true, false, null)),
                    new Category(
                            "security",
                            Set.of("account"),
                            List.of(
                                    single(
                                            "totp_credential",
                                            "two_factor",
                                            columns(
                                                    "created_at:TIMESTAMP",
                                                    "confirmed_at:TIMESTAMP"),
                                            Map.of(
                                                    "secret_encrypted",
                                                    Withheld.SECRET,
                                                    "last_used_step",
                                                    Withheld.INTERNAL,
                                                    "consecutive_failures",
                                                    Withheld.INTERNAL)),
                                    list(
                                            "recovery_code",
                                            "recovery_codes",
                                            "used_at",
                                            columns("used_at:TIMESTAMP"),
                                            Map.of(
                                                    "id",
                                                    Withheld.INTERNAL,
                                                    "code_hash",
                                                    Withheld.SECRET)),
                                    list(
                                            "one_time_token",
                                            "emailed_links",
                                            "created_at",
                                            columns(
                                                    "purpose/WORDS",
                                                    "payload",
                                                    "created_at:TIMESTAMP",
                                                    "expires_at:TIMESTAMP",
                                                    "used_at:TIMESTAMP"),
                                            Map.of(
                                                    "id",
                                                    Withheld.INTERNAL,
                                                    "token_hash",
                                                    Withheld.SECRET)),
                                    list(
                                            "oidc_identity",
                                            "linked_identities",
                                            "linked_at",
                                            columns(
                                                    "linked_at:TIMESTAMP",
                                                    "issuer",
                                                    "subject",
                                                    "email",
                                                    "last_used_at:TIMESTAMP"),
                                            Map.of("id", Withheld.INTERNAL)),
                                    list(
                                            "passkey",
                                            "passkeys",
                                            "created_at",
                                            columns(
                                                    "name",
                                                    "created_at:TIMESTAMP",
                                                    "last_used_at:TIMESTAMP",
                                                    "aaguid",
                                                    "transports",
                                                    "backup_eligible:BOOLEAN",
                                                    "backup_state:BOOLEAN"),
                                            Map.of(
                                                    "id",
                                                    Withheld.INTERNAL,
                                                    "credential_id",
                                                    Withheld.PUBLIC_KEY,
                                                    "public_key",
                                                    Withheld.PUBLIC_KEY,
                                                    "sign_count",
                                                    Withheld.INTERNAL,
                                                    "uv_initialized",
                                                    Withheld.INTERNAL,
                                                    "version",
                                                    Withheld.INTERNAL))),
                            null),
                    new Category(
                            "products",
                            Set.of("account"),
                            List.of(
                                    list(
                                            "product",
                                            "products",
                                            "started_on",
                                            columns(
                                                    "name",
                                                    "kind",
                                                    "status/WORDS",
                                                    "started_on:DATE",
                                                    "ended_on:DATE"),
                                            Map.of(
                                                    "id",
                                                    Withheld.INTERNAL,
                                                    "external_id",
                                                    Withheld.INTERNAL,
                                                    "version",
                                                    Withheld.INTERNAL))),
                            null),
                    new Category(
                            "invoices",
                            Set.of("from-issue"),
                            List.of(
                                    new Table(
                                            "invoice",
                                            "account_id",
                                            null,
                                            listExport(
                                                    "invoices",
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
                                            null,
                                            Erasure.KEEP,
                                            List.of())),
                            new Dated("invoice", "retain_until", false, false, null)),
                    new Category(
                            "exports",
                            Set.of("from-creation"),
                            List.of(
                                    list(
                                            "data_export",
                                            "exports",
                                            "requested_at",
                                            columns(
                                                    "requested_at:TIMESTAMP",
                                                    "status/WORDS",
                                                    "locale/LANGUAGE",
                                                    "ready_at:TIMESTAMP",
                                                    "expires_at:TIMESTAMP",
                                                    "size_bytes:INTEGER"),
                                            Map.of(
                                                    "id",
                                                    Withheld.INTERNAL,
                                                    "attempts",
                                                    Withheld.INTERNAL))),
                            new Dated(
                                    "data_export",
                                    "expires_at",
                                    true,
                                    false,
                                    "t.status = 'READY'")),
                    new Category(
                            "disclosures",
                            Set.of("account"),
                            List.of(
                                    // A disclosure the law does not yet allow the user to be told
                                    // of is not theirs to see yet (policy 002 §3.2): it appears
                                    // once they are told.
                                    new Table(
                                            "disclosure",
                                            "account_id",
                                            "t.notified_at IS NOT NULL",
                                            listExport(
                                                    "disclosures",
                                                    "disclosed_on",
                                                    columns(
                                                            "disclosed_on:DATE",
                                                            "recipient",
                                                            "purpose",
                                                            "legal_basis/WORDS",
                                                            "data_categories",
                                                            "recorded_at:TIMESTAMP",
                                                            "notified_at:TIMESTAMP"),
                                                    Map.of("id", Withheld.INTERNAL)),
                                            null,
                                            Erasure.DELETE,
                                            List.of())),
                            null),
                    new Category(
                            "policy_acceptances",
                            Set.of("account"),
                            List.of(
                                    list(
                                            "policy_acceptance",
                                            "policy_acceptances",
                                            "accepted_at",
                                            List.of(
                                                    new Column(
                                                            "policy_version",
                                                            Kind.TEXT,
                                                            "policy_version_id",
                                                            "(SELECT v.version FROM policy_version v WHERE v.id = t.policy_version_id)",
                                                            Reading.AS_IS),
                                                    column("accepted_at:TIMESTAMP"),
                                                    column("ip")),
                                            Map.of("id", Withheld.INTERNAL))),
                            null),
                    new Category(
                            "messages",
                            Set.of("account"),
                            List.of(
                                    // Not the link sent to an address asked for in an email
                                    // change: it is sent only when the address is free, so its
                                    // absence would tell which addresses are registered. The
                                    // address asked for is in emailed_links either way.
                                    new Table(
                                            "outbox_mail",
                                            "account_id",
                                            "t.kind <> 'confirmNewEmail'",
                                            listExport(
                                                    "emails",
                                                    "created_at",
                                                    columns(
                                                            "created_at:TIMESTAMP",
                                                            "kind",
                                                            "stream/WORDS",
                                                            "recipient",
                                                            "subject",
                                                            "status/WORDS",
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
                                                            Withheld.INTERNAL)),
                                            null,
                                            Erasure.DELETE,
                                            List.of()),
                                    // Events to the company's other systems hold the account's id
                                    // and what changed (an address among them), which the copy
                                    // holds already. The erasure deletes them, delivered or not,
                                    // and writes account.erased, which tells every recipient to
                                    // erase all it had: that one is kept until delivered.
                                    new Table(
                                            "webhook_event",
                                            "account_id",
                                            null,
                                            null,
                                            Withheld.COPY,
                                            Erasure.KEEP,
                                            List.of()),
                                    // Written by the erasure, without personal data: the proof
                                    // that each recipient was told of it (GDPR art. 17(2), 19).
                                    new Table(
                                            "webhook_erasure_notice",
                                            "account_id",
                                            null,
                                            null,
                                            Withheld.INTERNAL,
                                            Erasure.KEEP,
                                            List.of())),
                            null),
                    new Category(
                            "reports",
                            Set.of("account"),
                            List.of(
                                    // Reports that the account may belong to a minor come from
                                    // other people.
                                    new Table(
                                            "underage_report",
                                            "account_id",
                                            null,
                                            null,
                                            Withheld.OTHER_PEOPLE,
                                            Erasure.DELETE,
                                            List.of())),
                            null));

    /** Every category's id; the manifest must describe each of them, and no other. */
    public static final List<String> CATEGORIES = ALL.stream().map(Category::id).toList();

    /**
     * Every category's id, in order, with the retention rules its code keeps: the manifest states
     * its numbers, and must state one of these rules (ManifestReader). Activity may also be kept
     * with the account (policy 000 keeps it as long as the account): the retention job then leaves
     * it to the erasure.
     */
    public static final Map<String, Set<String>> RETENTION =
            Collections.unmodifiableMap(
                    ALL.stream()
                            .collect(
                                    Collectors.toMap(
                                            Category::id,
                                            Category::rules,
                                            (a, b) -> a,
                                            LinkedHashMap::new)));

    private Catalogue() {}

    /** The category with this id. */
    public static Category category(String id) {
        return ALL.stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("No data category " + id));
    }

    /** The table with this name. */
    public static Table table(String name) {
        return tables().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("No table " + name));
    }

    /** Every table, category by category. */
    public static List<Table> tables() {
        return ALL.stream().flatMap(c -> c.tables().stream()).toList();
    }

    /** Every exported table, in the order of data.json. */
    public static List<Table> exported() {
        return ALL.stream().flatMap(c -> c.exported().stream()).toList();
    }

    /** An account has at most one row: keyed by account_id, which is also its primary key. */
    private static Table single(
            String table, String section, List<Column> columns, Map<String, Withheld> withheld) {
        return new Table(
                table,
                "account_id",
                null,
                new Export(section, true, null, columns, withheld),
                null,
                Erasure.DELETE,
                List.of());
    }

    /** A list of rows keyed by account_id, which erasure deletes. */
    private static Table list(
            String table,
            String section,
            String orderBy,
            List<Column> columns,
            Map<String, Withheld> withheld) {
        return new Table(
                table,
                "account_id",
                null,
                listExport(section, orderBy, columns, withheld),
                null,
                Erasure.DELETE,
                List.of());
    }

    /** Ordered by {@code orderBy}, then by the first column, so that the order is stable. */
    private static Export listExport(
            String section, String orderBy, List<Column> columns, Map<String, Withheld> withheld) {
        String first = columns.get(0).source();
        String order = orderBy.equals(first) ? "t." + orderBy : "t." + orderBy + ", t." + first;
        return new Export(section, false, order, columns, withheld);
    }

    /**
     * "name", "name:KIND" (TEXT when no kind is given) or "name/READING" (a text shown other than
     * as it is).
     */
    private static Column column(String spec) {
        String[] reading = spec.split("/");
        String[] parts = reading[0].split(":");
        Kind kind = parts.length == 1 ? Kind.TEXT : Kind.valueOf(parts[1]);
        return new Column(
                parts[0],
                kind,
                parts[0],
                "t." + parts[0],
                reading.length == 1 ? Reading.AS_IS : Reading.valueOf(reading[1]));
    }

    private static List<Column> columns(String... specs) {
        return Arrays.stream(specs).map(Catalogue::column).toList();
    }

    /** By column name, so that the archive lists them in a stable order. */
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
