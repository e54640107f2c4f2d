package dev.custodian.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The words of the values of a column the catalogue reads as {@link Catalogue.Reading#WORDS}: the
 * feature that owns the values (an enum, the manifest's categories) produces one as a CDI bean, and
 * the export's index.html reads them all, so that the export knows no feature. ExportTest checks
 * that each such column has one, with words for every value in English and French.
 *
 * @param column the column of the catalogue's table, by the name of its source
 * @param values every value the column may hold, as stored
 * @param words the words of one of the values in a language
 */
public record ValueWords(
        String table,
        String column,
        List<String> values,
        BiFunction<String, Locale, String> words) {

    public ValueWords {
        values = List.copyOf(values);
    }

    /** The words of an enum's constants, stored by their names. */
    public static <E extends Enum<E>> ValueWords ofEnum(
            String table, String column, Class<E> type, BiFunction<E, Locale, String> words) {
        return new ValueWords(
                table,
                column,
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList(),
                (value, locale) -> words.apply(Enum.valueOf(type, value), locale));
    }

    /** The value's words, or the value itself when it is not one of {@link #values()}. */
    public String of(String value, Locale locale) {
        return values.contains(value) ? words.apply(value, locale) : value;
    }
}
