package dev.custodian.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custodian.catalogue.Catalogue;
import dev.custodian.catalogue.Catalogue.Column;
import dev.custodian.catalogue.Catalogue.Table;
import dev.custodian.catalogue.Catalogue.Withheld;
import dev.custodian.catalogue.ValueWords;
import dev.custodian.manifest.Manifest;
import dev.custodian.manifest.Wording;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an account's export archive: {@code data.json} (a section for every exported table of the
 * catalogue, and {@code about}, what GDPR art. 15 asks besides the data: the controller, each
 * category's purpose, legal basis and retention, the recipients and where the data is stored, as
 * the manifest states them), {@code data.schema.json} (its JSON Schema, made from the same lists)
 * and {@code index.html} (the same to read, in the user's language, with nothing loaded from
 * elsewhere: every heading, fixed value and column left out in words, the values' words given by
 * the features that own them as {@link ValueWords}). Rows stream from the database to both files in
 * one pass, so an account with 100,000 events needs no more memory than one with ten, and the two
 * files hold the same rows.
 */
final class ArchiveWriter {

    static final String FORMAT = "custodian-export/1";
    private static final JsonFactory JSON =
            JsonFactory.builder().build().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final int FETCH_SIZE = 500;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The JSON Schema of data.json's {@code about}, whose shape the manifest's fixes. */
    private static final String ABOUT_SCHEMA_FILE = "export/about.schema.json";

    private static final JsonNode ABOUT_SCHEMA = aboutSchema();

    private final ExportLabels labels;
    private final ExportLabels english;
    private final Manifest manifest;
    private final Wording wording;
    private final Map<String, ValueWords> valueWords;
    private final DateTimeFormatter timestampFormat;
    private final DateTimeFormatter dateFormat;

    /**
     * @param english the JSON Schema's descriptions are in English, whoever asks
     * @param valueWords the words of the values of the columns read as WORDS, by "table.column"
     */
    ArchiveWriter(
            ExportLabels labels,
            ExportLabels english,
            Manifest manifest,
            Wording wording,
            Map<String, ValueWords> valueWords) {
        this.labels = labels;
        this.english = english;
        this.manifest = manifest;
        this.wording = wording;
        this.valueWords = valueWords;
        this.timestampFormat =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(labels.locale())
                        .withZone(ZoneOffset.UTC);
        this.dateFormat =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(labels.locale());
    }

    /**
     * Writes the zip to {@code out}, reading with {@code connection}, which must not be in
     * auto-commit.
     */
    void write(Connection connection, UUID accountId, Instant generatedAt, OutputStream out)
            throws IOException, SQLException {
        Path page = Files.createTempFile("custodian-export", ".html");
        try {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("data.json"));
                Map<String, byte[]> images = new LinkedHashMap<>();
                try (Writer html = Files.newBufferedWriter(page, StandardCharsets.UTF_8);
                        JsonGenerator json = JSON.createGenerator(zip, JsonEncoding.UTF8)) {
                    writeData(connection, accountId, generatedAt, json, new HtmlPage(html), images);
                }
                zip.closeEntry();
                for (Map.Entry<String, byte[]> image : images.entrySet()) {
                    zip.putNextEntry(new ZipEntry(image.getKey()));
                    zip.write(image.getValue());
                    zip.closeEntry();
                }
                zip.putNextEntry(new ZipEntry("index.html"));
                Files.copy(page, zip);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("data.schema.json"));
                try (JsonGenerator schema = JSON.createGenerator(zip, JsonEncoding.UTF8)) {
                    writeSchema(schema.useDefaultPrettyPrinter());
                }
                zip.closeEntry();
            }
        } finally {
            Files.deleteIfExists(page);
        }
    }

    private void writeData(
            Connection connection,
            UUID accountId,
            Instant generatedAt,
            JsonGenerator json,
            HtmlPage html,
            Map<String, byte[]> images)
            throws IOException, SQLException {
        json.writeStartObject();
        json.writeStringField("format", FORMAT);
        json.writeStringField("generated_at", generatedAt.toString());
        writeAbout(json);
        html.start(generatedAt);
        for (Table table : Catalogue.exported()) {
            boolean single = table.export().single();
            json.writeFieldName(table.export().section());
            if (!single) {
                json.writeStartArray();
            }
            html.startSection(table);
            int rows = 0;
            try (PreparedStatement statement = connection.prepareStatement(table.exportSql())) {
                statement.setFetchSize(FETCH_SIZE);
                statement.setObject(1, accountId);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next() && (!single || rows == 0)) {
                        Object[] values = read(table.export().columns(), result);
                        setAside(table, rows, values, images);
                        writeRow(json, table.export().columns(), values);
                        html.row(table, values);
                        rows++;
                    }
                }
            }
            if (single && rows == 0) {
                json.writeNull();
            } else if (!single) {
                json.writeEndArray();
            }
            html.endSection(table, rows);
        }
        json.writeEndObject();
        html.end();
    }

    /**
     * Puts each image of the row in {@code images} (photos are small: the archive's files after
     * data.json), and its path in the zip in its place.
     */
    private static void setAside(
            Table table, int row, Object[] values, Map<String, byte[]> images) {
        List<Column> columns = table.export().columns();
        for (int i = 0; i < values.length; i++) {
            if (columns.get(i).kind() == Catalogue.Kind.JPEG && values[i] instanceof byte[] image) {
                String path =
                        table.export().section()
                                + "/"
                                + columns.get(i).name()
                                + (table.export().single() ? "" : "-" + (row + 1))
                                + ".jpg";
                images.put(path, image);
                values[i] = path;
            }
        }
    }

    /** data.json's {@code about}: the manifest's facts, texts in the reader's language. */
    private void writeAbout(JsonGenerator json) throws IOException {
        Locale locale = labels.locale();
        json.writeObjectFieldStart("about");
        Manifest.Controller controller = manifest.controller();
        json.writeObjectFieldStart("controller");
        json.writeStringField("name", controller.name());
        json.writeStringField("address", controller.address());
        json.writeStringField("contact", controller.contact());
        json.writeStringField("data_protection_contact", controller.dataProtectionContact());
        json.writeObjectFieldStart("supervisory_authority");
        json.writeStringField("name", controller.supervisoryAuthority().name().in(locale));
        json.writeStringField("url", controller.supervisoryAuthority().url());
        json.writeEndObject();
        json.writeEndObject();
        json.writeArrayFieldStart("categories");
        for (Manifest.DataCategory category : manifest.dataCategories()) {
            json.writeStartObject();
            json.writeStringField("id", category.id());
            json.writeStringField("name", category.name().in(locale));
            json.writeStringField("purpose", category.purpose().in(locale));
            json.writeStringField("legal_basis", category.legalBasis());
            Manifest.Retention retention = category.retention();
            json.writeObjectFieldStart("retention");
            json.writeStringField("rule", retention.rule());
            writeInteger(json, "days", retention.days());
            writeInteger(json, "years", retention.years());
            writeInteger(
                    json,
                    "months",
                    retention.is("account") ? manifest.closure().gracePeriodMonths() : null);
            json.writeStringField("description", wording.retention(category, locale));
            json.writeEndObject();
            Manifest.LegalHold hold = category.legalHold();
            if (hold == null) {
                json.writeNullField("legal_hold");
            } else {
                json.writeObjectFieldStart("legal_hold");
                json.writeNumberField("years", hold.years());
                json.writeStringField("law", hold.law().in(locale));
                json.writeEndObject();
            }
            json.writeArrayFieldStart("sections");
            for (Table table : Catalogue.category(category.id()).exported()) {
                json.writeString(table.export().section());
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("recipients");
        for (Manifest.Recipient recipient : manifest.recipients()) {
            json.writeStartObject();
            json.writeStringField("name", recipient.name());
            json.writeStringField("kind", recipient.kind());
            json.writeStringField("purpose", recipient.purpose().in(locale));
            json.writeArrayFieldStart("categories");
            for (String id : recipient.categories()) {
                json.writeString(id);
            }
            json.writeEndArray();
            json.writeStringField("country", recipient.country());
            json.writeStringField("safeguard", recipient.safeguard().in(locale));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("storage");
        writeLocations(json, "locations", manifest.storage().locations(), locale);
        writeLocations(json, "backups", manifest.storage().backups(), locale);
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeLocations(
            JsonGenerator json, String name, List<Manifest.Location> locations, Locale locale)
            throws IOException {
        json.writeArrayFieldStart(name);
        for (Manifest.Location location : locations) {
            json.writeStartObject();
            json.writeStringField("country", location.country());
            json.writeStringField("description", location.description().in(locale));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeInteger(JsonGenerator json, String name, Integer value)
            throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }

    /** index.html's facts, in the reader's language. */
    private About about() {
        Locale locale = labels.locale();
        ExportMessages texts = labels.texts();
        Manifest.Controller controller = manifest.controller();
        List<Cell> controllerLines = new ArrayList<>();
        controllerLines.add(new Cell(texts.about_controller_name(), controller.name()));
        controllerLines.add(new Cell(texts.about_controller_address(), controller.address()));
        controllerLines.add(new Cell(texts.about_controller_contact(), controller.contact()));
        if (controller.dataProtectionContact() != null) {
            controllerLines.add(
                    new Cell(
                            texts.about_controller_data_protection(),
                            controller.dataProtectionContact()));
        }
        Manifest.Authority authority = controller.supervisoryAuthority();
        controllerLines.add(
                new Cell(
                        texts.about_controller_authority(),
                        authority.url() == null
                                ? authority.name().in(locale)
                                : authority.name().in(locale) + ", " + authority.url()));
        List<String> categoryHeaders =
                List.of(
                        texts.about_category(),
                        texts.column_purpose(),
                        texts.column_legal_basis(),
                        texts.about_retention(),
                        texts.about_sections());
        List<List<Cell>> categories =
                manifest.dataCategories().stream()
                        .map(
                                category ->
                                        cells(
                                                categoryHeaders,
                                                category.name().in(locale),
                                                category.purpose().in(locale),
                                                wording.legalBasis(category, locale),
                                                wording.retention(category, locale),
                                                Catalogue.category(category.id())
                                                        .exported()
                                                        .stream()
                                                        .map(labels::section)
                                                        .collect(Collectors.joining(", "))))
                        .toList();
        List<String> recipientHeaders =
                List.of(
                        texts.column_recipient(),
                        texts.about_recipient_kind(),
                        texts.column_purpose(),
                        texts.about_recipient_categories(),
                        texts.column_country(),
                        texts.about_recipient_safeguard());
        List<List<Cell>> recipients =
                manifest.recipients().stream()
                        .map(
                                recipient ->
                                        cells(
                                                recipientHeaders,
                                                recipient.name(),
                                                wording.recipientKind(recipient, locale),
                                                recipient.purpose().in(locale),
                                                wording.categories(recipient, locale),
                                                Wording.country(recipient.country(), locale),
                                                recipient.safeguard().in(locale)))
                        .toList();
        return new About(
                texts.about_title(),
                texts.about_intro(),
                texts.about_controller(),
                controllerLines,
                List.of(
                        new Facts(texts.about_categories(), categoryHeaders, categories),
                        new Facts(texts.about_recipients(), recipientHeaders, recipients)),
                texts.about_storage(),
                places(manifest.storage().locations(), locale),
                texts.about_backups(),
                places(manifest.storage().backups(), locale));
    }

    private static List<Cell> cells(List<String> headers, String... values) {
        List<Cell> cells = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            cells.add(new Cell(headers.get(i), values[i]));
        }
        return cells;
    }

    private static List<Cell> places(List<Manifest.Location> locations, Locale locale) {
        return locations.stream()
                .map(
                        l ->
                                new Cell(
                                        Wording.country(l.country(), locale),
                                        l.description().in(locale)))
                .toList();
    }

    private static JsonNode aboutSchema() {
        try (InputStream in =
                ArchiveWriter.class.getClassLoader().getResourceAsStream(ABOUT_SCHEMA_FILE)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object[] read(List<Column> columns, ResultSet result) throws SQLException {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            int index = i + 1;
            values[i] =
                    switch (columns.get(i).kind()) {
                        case TEXT -> result.getString(index);
                        case TIMESTAMP -> {
                            OffsetDateTime at = result.getObject(index, OffsetDateTime.class);
                            yield at == null ? null : at.toInstant();
                        }
                        case DATE -> result.getObject(index, LocalDate.class);
                        case BOOLEAN -> {
                            boolean value = result.getBoolean(index);
                            yield result.wasNull() ? null : value;
                        }
                        case INTEGER -> {
                            long value = result.getLong(index);
                            yield result.wasNull() ? null : value;
                        }
                        case NUMBER -> result.getBigDecimal(index);
                        case JPEG -> result.getBytes(index);
                    };
        }
        return values;
    }

    private static void writeRow(JsonGenerator json, List<Column> columns, Object[] values)
            throws IOException {
        json.writeStartObject();
        for (int i = 0; i < values.length; i++) {
            json.writeFieldName(columns.get(i).name());
            Object value = values[i];
            if (value == null) {
                json.writeNull();
            } else if (value instanceof Boolean flag) {
                json.writeBoolean(flag);
            } else if (value instanceof Long number) {
                json.writeNumber(number);
            } else if (value instanceof BigDecimal number) {
                json.writeNumber(number);
            } else {
                json.writeString(value.toString());
            }
        }
        json.writeEndObject();
    }

    /** A JSON Schema (draft 2020-12) of data.json, described in English. */
    private void writeSchema(JsonGenerator schema) throws IOException {
        schema.writeStartObject();
        schema.writeStringField("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.writeStringField("title", english.texts().page_title());
        schema.writeStringField("type", "object");
        schema.writeObjectFieldStart("properties");
        schema.writeObjectFieldStart("format");
        schema.writeStringField("const", FORMAT);
        schema.writeEndObject();
        schema.writeObjectFieldStart("generated_at");
        schema.writeStringField("type", "string");
        schema.writeStringField("format", "date-time");
        schema.writeEndObject();
        schema.writeFieldName("about");
        MAPPER.writeTree(schema, ABOUT_SCHEMA);
        for (Table table : Catalogue.exported()) {
            schema.writeObjectFieldStart(table.export().section());
            schema.writeStringField("title", english.section(table));
            schema.writeStringField("description", english.sectionAbout(table));
            if (table.export().single()) {
                schema.writeArrayFieldStart("type");
                schema.writeString("object");
                schema.writeString("null");
                schema.writeEndArray();
                writeRowSchema(schema, table);
            } else {
                schema.writeStringField("type", "array");
                schema.writeObjectFieldStart("items");
                schema.writeStringField("type", "object");
                writeRowSchema(schema, table);
                schema.writeEndObject();
            }
            schema.writeEndObject();
        }
        schema.writeEndObject();
        schema.writeArrayFieldStart("required");
        schema.writeString("format");
        schema.writeString("generated_at");
        schema.writeString("about");
        for (Table table : Catalogue.exported()) {
            schema.writeString(table.export().section());
        }
        schema.writeEndArray();
        schema.writeBooleanField("additionalProperties", false);
        schema.writeEndObject();
    }

    private void writeRowSchema(JsonGenerator schema, Table table) throws IOException {
        schema.writeObjectFieldStart("properties");
        for (Column column : table.export().columns()) {
            schema.writeObjectFieldStart(column.name());
            schema.writeStringField("description", english.column(table, column.name()));
            schema.writeArrayFieldStart("type");
            schema.writeString(
                    switch (column.kind()) {
                        case TEXT, TIMESTAMP, DATE, JPEG -> "string";
                        case BOOLEAN -> "boolean";
                        case INTEGER -> "integer";
                        case NUMBER -> "number";
                    });
            schema.writeString("null");
            schema.writeEndArray();
            if (column.kind() == Catalogue.Kind.TIMESTAMP || column.kind() == Catalogue.Kind.DATE) {
                schema.writeStringField(
                        "format", column.kind() == Catalogue.Kind.DATE ? "date" : "date-time");
            }
            schema.writeEndObject();
        }
        schema.writeEndObject();
        schema.writeArrayFieldStart("required");
        for (Column column : table.export().columns()) {
            schema.writeString(column.name());
        }
        schema.writeEndArray();
        schema.writeBooleanField("additionalProperties", false);
        Map<String, Withheld> withheld = table.export().withheld();
        if (!withheld.isEmpty()) {
            schema.writeStringField(
                    "$comment",
                    "Not exported: "
                            + withheld.entrySet().stream()
                                    .map(e -> e.getKey() + " (" + e.getValue() + ")")
                                    .collect(Collectors.joining(", ")));
        }
    }

    /**
     * The pieces of index.html (templates/export/ArchiveWriter/index.html), rendered as rows
     * arrive.
     */
    @CheckedTemplate(basePath = "export/ArchiveWriter")
    static class Templates {
        static native TemplateInstance index$start(
                String lang, String title, String intro, String contents, List<Entry> entries);

        static native TemplateInstance index$sectionStart(
                String id, String title, String about, List<String> headers);

        static native TemplateInstance index$row(List<Cell> cells);

        static native TemplateInstance index$labelledRow(String label, String value);

        static native TemplateInstance index$sectionEnd(String none, int width, List<String> notes);

        static native TemplateInstance index$about(About about);

        static native TemplateInstance index$end(List<String> notes);
    }

    /** A line of the page's table of contents. */
    record Entry(String id, String title) {}

    /** A value and its column's label, which a phone shows before it. */
    record Cell(String label, String value) {}

    /** A table of index.html's facts: its title, its column headers and its rows. */
    record Facts(String title, List<String> headers, List<List<Cell>> rows) {}

    /**
     * The section of index.html that says what GDPR art. 15 asks besides the data.
     *
     * @param controller label and value lines
     * @param tables the categories, and the recipients
     * @param locations a country and what is there
     */
    record About(
            String title,
            String intro,
            String controllerTitle,
            List<Cell> controller,
            List<Facts> tables,
            String storageTitle,
            List<Cell> locations,
            String backupsIntro,
            List<Cell> backups) {}

    /** index.html, written as rows arrive. */
    private final class HtmlPage {

        private final Writer out;

        /** The labels of the section being written, looked up once rather than at every row. */
        private List<String> columnLabels = List.of();

        HtmlPage(Writer out) {
            this.out = out;
        }

        void start(Instant generatedAt) throws IOException {
            List<Entry> entries = new ArrayList<>();
            entries.add(new Entry("about", labels.texts().about_title()));
            Catalogue.exported()
                    .forEach(t -> entries.add(new Entry(t.export().section(), labels.section(t))));
            write(
                    Templates.index$start(
                            labels.locale().getLanguage(),
                            labels.texts().page_title(),
                            labels.texts().page_intro(timestampFormat.format(generatedAt) + " UTC"),
                            labels.texts().page_contents(),
                            entries));
            write(Templates.index$about(about()));
        }

        /**
         * A list is a table with a column per value; a single row reads better as label and value
         * lines.
         */
        void startSection(Table table) throws IOException {
            columnLabels =
                    table.export().columns().stream()
                            .map(column -> labels.column(table, column.name()))
                            .toList();
            write(
                    Templates.index$sectionStart(
                            table.export().section(),
                            labels.section(table),
                            labels.sectionAbout(table),
                            table.export().single() ? List.of() : columnLabels));
        }

        void row(Table table, Object[] values) throws IOException {
            if (table.export().single()) {
                for (int i = 0; i < values.length; i++) {
                    write(
                            Templates.index$labelledRow(
                                    columnLabels.get(i), display(table, i, values[i])));
                }
                return;
            }
            List<Cell> cells = new ArrayList<>(values.length);
            for (int i = 0; i < values.length; i++) {
                cells.add(new Cell(columnLabels.get(i), display(table, i, values[i])));
            }
            write(Templates.index$row(cells));
        }

        void endSection(Table table, int rows) throws IOException {
            Map<Withheld, List<String>> byReason =
                    table.export().withheld().entrySet().stream()
                            .collect(
                                    Collectors.groupingBy(
                                            Map.Entry::getValue,
                                            Collectors.mapping(
                                                    e -> labels.column(table, e.getKey()),
                                                    Collectors.toList())));
            List<String> notes =
                    java.util.Arrays.stream(Withheld.values())
                            .filter(byReason::containsKey)
                            .map(
                                    reason ->
                                            labels.texts()
                                                    .page_left_out(
                                                            String.join(", ", byReason.get(reason)),
                                                            labels.texts().withheld(reason)))
                            .toList();
            write(
                    Templates.index$sectionEnd(
                            rows == 0 ? labels.texts().page_none() : null,
                            table.export().single() ? 2 : table.export().columns().size(),
                            notes));
        }

        void end() throws IOException {
            write(
                    Templates.index$end(
                            Catalogue.tables().stream()
                                    .filter(table -> table.export() == null)
                                    .map(
                                            table ->
                                                    labels.texts()
                                                            .page_not_exported(
                                                                    labels.notExported(table),
                                                                    labels.texts()
                                                                            .withheld(
                                                                                    table
                                                                                            .notExported())))
                                    .toList()));
        }

        private void write(TemplateInstance piece) throws IOException {
            out.write(piece.render());
        }

        private String display(Table table, int index, Object value) {
            if (value == null) {
                return "";
            }
            if (value instanceof String text) {
                Column column = table.export().columns().get(index);
                return switch (column.reading()) {
                    case AS_IS -> text;
                    case WORDS -> {
                        ValueWords words = valueWords.get(table.name() + "." + column.source());
                        yield words == null ? text : words.of(text, labels.locale());
                    }
                    case COUNTRY -> Wording.country(text, labels.locale());
                    case LANGUAGE -> labels.language(text);
                };
            }
            if (value instanceof Instant at) {
                return timestampFormat.format(at) + " UTC";
            }
            if (value instanceof LocalDate date) {
                return dateFormat.format(date);
            }
            if (value instanceof Boolean flag) {
                return flag ? labels.texts().yes() : labels.texts().no();
            }
            return value.toString();
        }
    }
}
