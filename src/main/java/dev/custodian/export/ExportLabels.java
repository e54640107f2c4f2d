package dev.custodian.export;

import dev.custodian.catalogue.Catalogue.Table;
import dev.custodian.web.Messages;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import java.util.Locale;

/**
 * The archive's texts in one language, from the export bundle ({@link ExportMessages}). index.html
 * and the JSON Schema name each section and column by its name in the catalogue
 * (dev.custodian.catalogue), so their labels are the bundle's messages {@code section_NAME}, {@code
 * section_NAME_about}, {@code column_NAME} (or {@code column_SECTION_NAME} where a column means
 * something else in one section) and {@code not_exported_TABLE}, found with Qute's dynamic {@code
 * message(key)} lookup, which gives "" for a key the bundle lacks (no label is empty:
 * TranslationsTest).
 */
final class ExportLabels {

    private final Template lookup;
    private final ExportMessages texts;
    private final Locale locale;

    private ExportLabels(Engine engine, Locale locale) {
        this.lookup = engine.parse("{export:message(key) ?: ''}");
        this.texts = Messages.in(ExportMessages.class, locale);
        this.locale = locale;
    }

    /** English unless the language is French, the two languages Custodian speaks. */
    static ExportLabels of(Engine engine, Locale locale) {
        return new ExportLabels(
                engine,
                Locale.FRENCH.getLanguage().equals(locale.getLanguage())
                        ? Locale.FRENCH
                        : Locale.ENGLISH);
    }

    Locale locale() {
        return locale;
    }

    /** The texts that do not depend on a section's or column's name. */
    ExportMessages texts() {
        return texts;
    }

    String section(Table table) {
        return get("section_" + table.export().section());
    }

    String sectionAbout(Table table) {
        return get("section_" + table.export().section() + "_about");
    }

    /** A column of the section, exported (by its name in data.json) or left out (in the table). */
    String column(Table table, String name) {
        String specific = "column_" + table.export().section() + "_" + name;
        return has(specific) ? get(specific) : get("column_" + name);
    }

    /** A language tag's name, as the language calls itself in the page's language. */
    String language(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(locale);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    String notExported(Table table) {
        return get("not_exported_" + table.name());
    }

    /** Whether the bundle has the message; ExportTest checks every section, column and table. */
    boolean has(String key) {
        return !render(key).equals("");
    }

    /** The label of {@code key}; fails loudly for a missing one. */
    String get(String key) {
        String text = render(key);
        if (text.isEmpty()) {
            throw new IllegalStateException("No export label " + key + " for " + locale);
        }
        return text;
    }

    private String render(String key) {
        return lookup.data("key", key).setLocale(locale).render();
    }
}
