package dev.custodian.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The export's texts in one language, from {@code export/labels_{lang}.properties}: a plain
 * properties file rather than a message bundle, because the archive looks its labels up by the
 * names of sections and columns.
 */
final class ExportLabels {

    private final Properties labels = new Properties();
    private final Locale locale;

    private ExportLabels(Locale locale) {
        this.locale = locale;
        String resource = "export/labels_" + locale.getLanguage() + ".properties";
        try (InputStream in = ExportLabels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** English unless the language is French, the two languages Custodian speaks. */
    static ExportLabels of(Locale locale) {
        return new ExportLabels(
                Locale.FRENCH.getLanguage().equals(locale.getLanguage())
                        ? Locale.FRENCH
                        : Locale.ENGLISH);
    }

    Locale locale() {
        return locale;
    }

    /** The label of {@code key}; fails loudly for a missing one (ExportTest checks them all). */
    String get(String key, Object... arguments) {
        String text = labels.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("No export label " + key + " for " + locale);
        }
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
    }

    boolean has(String key) {
        return labels.containsKey(key);
    }
}
