package dev.custodian.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.custodian.export.ExportSections.Column;
import dev.custodian.export.ExportSections.Section;
import dev.custodian.export.ExportSections.Withheld;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.io.IOException;
import java.io.OutputStream;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an account's export archive: {@code data.json} (every section of {@link ExportSections}),
 * {@code data.schema.json} (its JSON Schema, made from the same list) and {@code index.html} (the
 * same data to read, in the user's language, with nothing loaded from elsewhere). Rows stream from
 * the database to both files in one pass, so an account with 100,000 events needs no more memory
 * than one with ten, and the two files hold the same rows.
 */
final class ArchiveWriter {

    static final String FORMAT = "custodian-export/1";
    private static final JsonFactory JSON =
            JsonFactory.builder().build().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final int FETCH_SIZE = 500;

    private final ExportLabels labels;
    private final ExportLabels english;
    private final DateTimeFormatter timestampFormat;
    private final DateTimeFormatter dateFormat;

    /**
     * @param english the JSON Schema's descriptions are in English, whoever asks
     */
    ArchiveWriter(ExportLabels labels, ExportLabels english) {
        this.labels = labels;
        this.english = english;
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
                try (Writer html = Files.newBufferedWriter(page, StandardCharsets.UTF_8);
                        JsonGenerator json = JSON.createGenerator(zip, JsonEncoding.UTF8)) {
                    writeData(connection, accountId, generatedAt, json, new HtmlPage(html));
                }
                zip.closeEntry();
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
            HtmlPage html)
            throws IOException, SQLException {
        json.writeStartObject();
        json.writeStringField("format", FORMAT);
        json.writeStringField("generated_at", generatedAt.toString());
        html.start(generatedAt);
        for (Section section : ExportSections.ALL) {
            json.writeFieldName(section.name());
            if (!section.single()) {
                json.writeStartArray();
            }
            html.startSection(section);
            int rows = 0;
            try (PreparedStatement statement = connection.prepareStatement(section.sql())) {
                statement.setFetchSize(FETCH_SIZE);
                statement.setObject(1, accountId);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next() && (!section.single() || rows == 0)) {
                        Object[] values = read(section.columns(), result);
                        writeRow(json, section.columns(), values);
                        html.row(section, values);
                        rows++;
                    }
                }
            }
            if (section.single() && rows == 0) {
                json.writeNull();
            } else if (!section.single()) {
                json.writeEndArray();
            }
            html.endSection(section, rows);
        }
        json.writeEndObject();
        html.end();
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
        for (Section section : ExportSections.ALL) {
            schema.writeObjectFieldStart(section.name());
            schema.writeStringField("title", english.section(section));
            schema.writeStringField("description", english.sectionAbout(section));
            if (section.single()) {
                schema.writeArrayFieldStart("type");
                schema.writeString("object");
                schema.writeString("null");
                schema.writeEndArray();
                writeRowSchema(schema, section);
            } else {
                schema.writeStringField("type", "array");
                schema.writeObjectFieldStart("items");
                schema.writeStringField("type", "object");
                writeRowSchema(schema, section);
                schema.writeEndObject();
            }
            schema.writeEndObject();
        }
        schema.writeEndObject();
        schema.writeArrayFieldStart("required");
        schema.writeString("format");
        schema.writeString("generated_at");
        for (Section section : ExportSections.ALL) {
            schema.writeString(section.name());
        }
        schema.writeEndArray();
        schema.writeBooleanField("additionalProperties", false);
        schema.writeEndObject();
    }

    private void writeRowSchema(JsonGenerator schema, Section section) throws IOException {
        schema.writeObjectFieldStart("properties");
        for (Column column : section.columns()) {
            schema.writeObjectFieldStart(column.name());
            schema.writeStringField("description", english.column(section, column));
            schema.writeArrayFieldStart("type");
            schema.writeString(
                    switch (column.kind()) {
                        case TEXT, TIMESTAMP, DATE -> "string";
                        case BOOLEAN -> "boolean";
                        case INTEGER -> "integer";
                        case NUMBER -> "number";
                    });
            schema.writeString("null");
            schema.writeEndArray();
            if (column.kind() == ExportSections.Kind.TIMESTAMP
                    || column.kind() == ExportSections.Kind.DATE) {
                schema.writeStringField(
                        "format", column.kind() == ExportSections.Kind.DATE ? "date" : "date-time");
            }
            schema.writeEndObject();
        }
        schema.writeEndObject();
        schema.writeArrayFieldStart("required");
        for (Column column : section.columns()) {
            schema.writeString(column.name());
        }
        schema.writeEndArray();
        schema.writeBooleanField("additionalProperties", false);
        if (!section.withheld().isEmpty()) {
            schema.writeStringField(
                    "$comment",
                    "Not exported: "
                            + section.withheld().entrySet().stream()
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

        static native TemplateInstance index$end(List<String> notes);
    }

    /** A line of the page's table of contents. */
    record Entry(String id, String title) {}

    /** A value and its column's label, which a phone shows before it. */
    record Cell(String label, String value) {}

    /** index.html, written as rows arrive. */
    private final class HtmlPage {

        private final Writer out;

        /** The labels of the section being written, looked up once rather than at every row. */
        private List<String> columnLabels = List.of();

        HtmlPage(Writer out) {
            this.out = out;
        }

        void start(Instant generatedAt) throws IOException {
            List<Entry> entries =
                    ExportSections.ALL.stream()
                            .map(s -> new Entry(s.name(), labels.section(s)))
                            .toList();
            write(
                    Templates.index$start(
                            labels.locale().getLanguage(),
                            labels.texts().page_title(),
                            labels.texts().page_intro(timestampFormat.format(generatedAt) + " UTC"),
                            labels.texts().page_contents(),
                            entries));
        }

        /**
         * A list is a table with a column per value; a single row reads better as label and value
         * lines.
         */
        void startSection(Section section) throws IOException {
            columnLabels =
                    section.columns().stream()
                            .map(column -> labels.column(section, column))
                            .toList();
            write(
                    Templates.index$sectionStart(
                            section.name(),
                            labels.section(section),
                            labels.sectionAbout(section),
                            section.single() ? List.of() : columnLabels));
        }

        void row(Section section, Object[] values) throws IOException {
            if (section.single()) {
                for (int i = 0; i < values.length; i++) {
                    write(Templates.index$labelledRow(columnLabels.get(i), display(values[i])));
                }
                return;
            }
            List<Cell> cells = new ArrayList<>(values.length);
            for (int i = 0; i < values.length; i++) {
                cells.add(new Cell(columnLabels.get(i), display(values[i])));
            }
            write(Templates.index$row(cells));
        }

        void endSection(Section section, int rows) throws IOException {
            Map<Withheld, List<String>> byReason =
                    section.withheld().entrySet().stream()
                            .collect(
                                    Collectors.groupingBy(
                                            Map.Entry::getValue,
                                            Collectors.mapping(
                                                    Map.Entry::getKey, Collectors.toList())));
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
                            section.single() ? 2 : section.columns().size(),
                            notes));
        }

        void end() throws IOException {
            write(
                    Templates.index$end(
                            ExportSections.NOT_EXPORTED.stream()
                                    .map(
                                            table ->
                                                    labels.texts()
                                                            .page_not_exported(
                                                                    labels.notExported(table)))
                                    .toList()));
        }

        private void write(TemplateInstance piece) throws IOException {
            out.write(piece.render());
        }

        private String display(Object value) {
            if (value == null) {
                return "";
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
