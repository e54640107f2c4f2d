package dev.custodian.account;

import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.RawString;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** ISO 3166-1 alpha-2 countries, named in the page's language and sorted as its readers expect. */
public final class Countries {

    public record Country(String code, String name) {}

    /**
     * A language's countries with their {@code <option>} elements rendered once: a template loop
     * over some 250 countries resolved a thousand expressions per form, 70% of {@code
     * /account/profile}'s CPU (issue 23).
     */
    public static final class Named {

        private final String options;

        private Named(List<Country> countries) {
            this.options =
                    countries.stream()
                            .map(
                                    country ->
                                            "<option value=\""
                                                    + country.code()
                                                    + "\">"
                                                    + HTML.map(country.name(), null)
                                                    + "</option>")
                            .collect(Collectors.joining("\n"));
        }

        /** Every country's option, the one of {@code selected} (a code, or none) selected. */
        public RawString options(String selected) {
            if (!isValid(selected)) {
                return new RawString(options);
            }
            String value = "<option value=\"" + selected + "\">";
            return new RawString(
                    options.replace(value, "<option value=\"" + selected + "\" selected>"));
        }
    }

    /** Qute's escaping of a value in an HTML template, which a template would have applied. */
    private static final HtmlEscaper HTML = new HtmlEscaper(List.of());

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {}

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    /**
     * Named and sorted once per language: a new Collator and a sort on every form shown took a
     * fifth of the profile page's time.
     */
    private static final Map<Locale, Named> BY_LOCALE = new ConcurrentHashMap<>();

    public static Named in(Locale locale) {
        return BY_LOCALE.computeIfAbsent(locale, Countries::named);
    }

    private static Named named(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return new Named(
                Arrays.stream(Locale.getISOCountries())
                        .map(
                                code ->
                                        new Country(
                                                code,
                                                new Locale("", code).getDisplayCountry(locale)))
                        .sorted(Comparator.comparing(Country::name, collator))
                        .toList());
    }
}
