package dev.custodian.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.catalogue.Catalogue.Category;
import dev.custodian.catalogue.Catalogue.Column;
import dev.custodian.catalogue.Catalogue.Erasure;
import dev.custodian.catalogue.Catalogue.Kind;
import dev.custodian.catalogue.Catalogue.Table;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The catalogue against the database: every table with an account's rows is in it, once; every
 * column of an exported table is exported, withheld for a reason, or the account key, and read as
 * the kind its type is; what erasure clears and what dates a category exist. A table or column
 * added without a decision fails here.
 */
@QuarkusTest
class CatalogueTest {

    /** The JSON kinds each SQL type may be read as. */
    private static final Map<String, Set<Kind>> KINDS =
            Map.of(
                    "character varying", Set.of(Kind.TEXT),
                    "text", Set.of(Kind.TEXT),
                    "uuid", Set.of(Kind.TEXT),
                    "timestamp with time zone", Set.of(Kind.TIMESTAMP),
                    "date", Set.of(Kind.DATE),
                    "boolean", Set.of(Kind.BOOLEAN),
                    "integer", Set.of(Kind.INTEGER),
                    "bigint", Set.of(Kind.INTEGER),
                    "numeric", Set.of(Kind.NUMBER),
                    "bytea", Set.of(Kind.JPEG));

    @Inject AgroalDataSource dataSource;

    @Test
    void everyTableWithAnAccountsRowsIsInTheCatalogueOnce() throws SQLException {
        Set<String> withAccountRows =
                new TreeSet<>(
                        strings(
                                "SELECT table_name FROM information_schema.columns "
                                        + "WHERE table_schema = 'public' AND column_name = 'account_id'"));
        withAccountRows.add("account");
        List<String> catalogued = Catalogue.tables().stream().map(Table::name).toList();
        assertEquals(withAccountRows, new TreeSet<>(catalogued));
        assertEquals(catalogued.size(), new HashSet<>(catalogued).size(), "each table once");
        assertEquals(
                Catalogue.CATEGORIES.size(), new HashSet<>(Catalogue.CATEGORIES).size(), "ids");
    }

    @Test
    void everyColumnIsExportedWithheldForAReasonOrTheAccountKey() throws SQLException {
        Set<String> sections = new HashSet<>();
        for (Table table : Catalogue.tables()) {
            Map<String, String> types = columns(table.name());
            assertTrue(types.containsKey(table.key()), table.name() + "." + table.key());
            if (table.export() == null) {
                assertNotNull(table.notExported(), table.name() + " says why it is left out");
                continue;
            }
            assertNull(table.notExported(), table.name());
            assertTrue(sections.add(table.export().section()), "one section per name");
            Set<String> decided = new TreeSet<>(table.export().withheld().keySet());
            decided.add(table.key());
            for (Column column : table.export().columns()) {
                decided.add(column.source());
                assertTrue(
                        KINDS.get(types.get(column.source())).contains(column.kind()),
                        table.name() + "." + column.source() + " is no " + column.kind());
            }
            assertEquals(new TreeSet<>(types.keySet()), decided, table.name());
        }
    }

    @Test
    void erasureClearsColumnsThatExistAndTakeADefault() throws SQLException {
        for (Table table : Catalogue.tables()) {
            if (table.erasure() != Erasure.CLEAR) {
                assertEquals(List.of(), table.cleared(), table.name());
                continue;
            }
            assertFalse(table.cleared().isEmpty(), table.name());
            Set<String> clearable =
                    new HashSet<>(
                            strings(
                                    "SELECT column_name FROM information_schema.columns "
                                            + "WHERE table_schema = 'public' AND table_name = '"
                                            + table.name()
                                            + "' AND (is_nullable = 'YES' OR column_default IS NOT NULL)"));
            for (String column : table.cleared()) {
                assertTrue(clearable.contains(column), table.name() + "." + column);
            }
        }
    }

    @Test
    void whatDatesACategoryIsADateOrTimeOfOneOfItsTables() {
        for (Category category : Catalogue.ALL) {
            if (category.dated() == null) {
                continue;
            }
            Table table = category.table(category.dated().table());
            Kind kind = table.column(category.dated().column()).kind();
            assertTrue(kind == Kind.DATE || kind == Kind.TIMESTAMP, category.id());
        }
    }

    /** The table's columns and their SQL types. */
    private Map<String, String> columns(String table) throws SQLException {
        Map<String, String> types = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement(
                                "SELECT column_name, data_type FROM information_schema.columns "
                                        + "WHERE table_schema = 'public' AND table_name = ?")) {
            statement.setString(1, table);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    types.put(result.getString(1), result.getString(2));
                }
            }
        }
        return types;
    }

    private List<String> strings(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            List<String> values = new java.util.ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        }
    }
}
