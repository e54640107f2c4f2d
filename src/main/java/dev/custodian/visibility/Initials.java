package dev.custodian.visibility;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a page shows in place of a photo: the initials of the name, or the handle's first letter.
 */
final class Initials {

    private Initials() {}

    /** Up to two letters, from the name when it may be shown, else from the handle. */
    static String of(String name, String handle) {
        String source = name == null || name.isBlank() ? handle : name;
        return Arrays.stream(source.strip().split("\\s+"))
                .limit(2)
                .map(word -> word.substring(0, word.offsetByCodePoints(0, 1)))
                .collect(Collectors.joining())
                .toUpperCase(Locale.ROOT);
    }
}
