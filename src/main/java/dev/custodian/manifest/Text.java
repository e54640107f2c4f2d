package dev.custodian.manifest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A text of the manifest in each of its languages (the reader checks that none is missing).
 *
 * @param values by language tag, in the manifest's order
 */
public record Text(Map<String, String> values) {

    @JsonCreator
    public Text {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    @JsonValue
    public Map<String, String> values() {
        return values;
    }

    /** The text in the locale's language, or in the first language given. */
    public String in(Locale locale) {
        String text = values.get(locale.getLanguage());
        return text != null ? text : values.values().iterator().next();
    }
}
