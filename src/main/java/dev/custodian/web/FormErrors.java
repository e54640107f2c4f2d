package dev.custodian.web;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form's validation result: one message per field, in the order the fields appear, for the
 * summary at the top of the page and for the message next to each field.
 */
public class FormErrors {

    /** A field's message, with the field's name so that the summary can link to the input. */
    public record FieldError(String field, String message) {}

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final WebMessages msg;

    public FormErrors(WebMessages msg) {
        this.msg = msg;
    }

    /** Keeps the first message of a field: the most basic problem is the one to fix first. */
    /** A field's value as typed, for the form to show again; a missing field shows empty. */
    public static String typed(String value) {
        return value == null ? "" : value;
    }

    public void add(String field, String message) {
        byField.putIfAbsent(field, message);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public List<FieldError> all() {
        return byField.entrySet().stream()
                .map(e -> new FieldError(e.getKey(), e.getValue()))
                .toList();
    }

    /**
     * Checks a required one-line text: present ({@code missing} says what to enter), at most {@code
     * max} characters, no control characters. Returns it trimmed and in Unicode NFC, so that names
     * round-trip exactly.
     */
    public String requiredLine(String field, String value, int max, String missing) {
        String clean = optionalLine(field, value, max);
        if (clean == null && !has(field)) {
            add(field, missing);
        }
        return clean;
    }

    /** Like {@link #requiredLine} for a field that may stay empty; empty becomes null. */
    public String optionalLine(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        if (clean.codePoints().anyMatch(FormErrors::isControl)) {
            add(field, msg.error_control_characters());
        } else if (clean.codePointCount(0, clean.length()) > max) {
            add(field, msg.error_too_long(max));
        }
        return clean;
    }

    /** Like {@link #optionalLine} for several lines of text: line breaks and tabs are allowed. */
    public String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean =
                Normalizer.normalize(value.strip().replace("\r\n", "\n"), Normalizer.Form.NFC);
        if (clean.codePoints().anyMatch(c -> c != '\n' && c != '\t' && isControl(c))) {
            add(field, msg.error_control_characters());
        } else if (clean.codePointCount(0, clean.length()) > max) {
            add(field, msg.error_too_long(max));
        }
        return clean;
    }

    private static boolean isControl(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || codePoint == 0x202E
                || codePoint == 0x202D;
    }
}
