package dev.custodian.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custodian.web.FormErrors;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The fields of a JSON request body, read one by one so that every bad field is named at once, each
 * with its message, instead of the first one a data binder trips on. A body that is no JSON object
 * is a 400; any refused field makes the whole request a 422 ({@link #check}).
 */
final class JsonFields {

    /** Money up to 9,999,999,999.99, as the invoice column keeps it. */
    private static final int AMOUNT_INTEGER_DIGITS = 10;

    private static final int AMOUNT_MAX_SCALE = 2;

    private final ObjectNode body;
    private final FormErrors errors;
    private final ApiMessages msg;
    private final Set<String> read = new HashSet<>();

    private JsonFields(ObjectNode body, FormErrors errors, ApiMessages msg) {
        this.body = body;
        this.errors = errors;
        this.msg = msg;
    }

    /** The body's fields; a body that is not one JSON object (nor only one) is refused with 400. */
    static JsonFields of(ObjectMapper mapper, String body, FormErrors errors, ApiMessages msg) {
        JsonNode node;
        try (JsonParser parser =
                mapper.getFactory()
                        .createParser(body == null ? "" : body)
                        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)) {
            node = mapper.readTree(parser);
            if (parser.nextToken() != null) {
                node = null;
            }
        } catch (JsonProcessingException e) {
            node = null;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        if (!(node instanceof ObjectNode object)) {
            throw new ApiProblem(ProblemType.MALFORMED_REQUEST, msg.body_not_an_object());
        }
        return new JsonFields(object, errors, msg);
    }

    String requiredLine(String name, int max) {
        return errors.requiredLine(name, text(name), max, msg.field_required());
    }

    String optionalLine(String name, int max) {
        return errors.optionalLine(name, text(name), max);
    }

    /** Several lines (an address): required. */
    String requiredText(String name, int max) {
        String clean = errors.optionalText(name, text(name), max);
        if (clean == null) {
            errors.add(name, msg.field_required());
        }
        return clean;
    }

    UUID id(String name) {
        String value = requiredLine(name, 36);
        if (value == null) {
            return null;
        }
        try {
            UUID id = UUID.fromString(value);
            if (id.toString().equals(value.toLowerCase())) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        errors.add(name, msg.field_not_an_id());
        return null;
    }

    /** An ISO 8601 calendar date, YYYY-MM-DD. */
    LocalDate date(String name, boolean required) {
        String value = required ? requiredLine(name, 10) : optionalLine(name, 10);
        if (value == null || errors.has(name)) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(name, msg.field_not_a_date());
            return null;
        }
    }

    /** One of an enum's constants, by its exact name. */
    <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = requiredLine(name, 40);
        if (value == null || errors.has(name)) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(value))
                .findFirst()
                .orElseGet(
                        () -> {
                            errors.add(
                                    name,
                                    msg.field_not_a_choice(
                                            Arrays.stream(type.getEnumConstants())
                                                    .map(Enum::name)
                                                    .collect(Collectors.joining(", "))));
                            return null;
                        });
    }

    boolean flag(String name) {
        read.add(name);
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            errors.add(name, msg.field_required());
            return false;
        }
        if (!value.isBoolean()) {
            errors.add(name, msg.field_not_a_boolean());
            return false;
        }
        return value.booleanValue();
    }

    /**
     * An amount as a decimal string ("1234.50"): positive, with no more decimals than the currency
     * has minor units (ISO 4217), and that the column can keep.
     */
    BigDecimal amount(String name, Currency currency) {
        String value = requiredLine(name, AMOUNT_INTEGER_DIGITS + AMOUNT_MAX_SCALE + 1);
        if (value == null || errors.has(name)) {
            return null;
        }
        int scale =
                currency == null
                        ? AMOUNT_MAX_SCALE
                        : Math.min(
                                AMOUNT_MAX_SCALE, Math.max(0, currency.getDefaultFractionDigits()));
        String pattern =
                "\\d{1,"
                        + AMOUNT_INTEGER_DIGITS
                        + "}"
                        + (scale == 0 ? "" : "(\\.\\d{1," + scale + "})?");
        if (!value.matches(pattern) || new BigDecimal(value).signum() <= 0) {
            errors.add(name, msg.field_not_an_amount(scale));
            return null;
        }
        return new BigDecimal(value);
    }

    /** An ISO 4217 currency code, upper case. */
    Currency currency(String name) {
        String value = requiredLine(name, 3);
        if (value == null || errors.has(name)) {
            return null;
        }
        if (value.matches("[A-Z]{3}")) {
            for (Currency c : Currency.getAvailableCurrencies()) {
                if (c.getCurrencyCode().equals(value)) {
                    return c;
                }
            }
        }
        errors.add(name, msg.field_not_a_currency());
        return null;
    }

    void add(String name, String message) {
        errors.add(name, message);
    }

    boolean has(String name) {
        return errors.has(name);
    }

    /** Refuses the request with 422 when a field was refused or the body has fields not read. */
    void check() {
        Iterator<Map.Entry<String, JsonNode>> fields = body.fields();
        while (fields.hasNext()) {
            String name = fields.next().getKey();
            if (!read.contains(name)) {
                errors.add(name, msg.field_unknown());
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(ProblemType.INVALID_FIELDS, null, errors.all(), Map.of());
        }
    }

    /** The field as text; null when absent or null; a field of another JSON type is refused. */
    private String text(String name) {
        read.add(name);
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            errors.add(name, msg.field_not_text());
            return null;
        }
        return value.textValue();
    }
}
