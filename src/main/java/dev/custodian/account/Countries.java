package dev.custodian.account;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** ISO 3166-1 alpha-2 countries, named in the page's language and sorted as its readers expect. */
public final class Countries {

    public record Country(String code, String name) {}

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {}

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    /**
     * Named and sorted once per language: a new Collator and a sort on every form shown took a
     * fifth of the profile page's time.
     */
    private static final Map<Locale, List<Country>> BY_LOCALE = new ConcurrentHashMap<>();

    public static List<Country> in(Locale locale) {
        return BY_LOCALE.computeIfAbsent(locale, Countries::named);
    }

    private static List<Country> named(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Country(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Country::name, collator))
                .toList();
    }
}
