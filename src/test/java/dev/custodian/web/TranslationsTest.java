package dev.custodian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundle, found by itself (any {@code *_en.properties} under src/main/resources), has the
 * same keys in French, none of them empty, and each French text takes the same placeholders as the
 * English one: a text the other language lacks would show its key or lose a value.
 */
class TranslationsTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(file -> file.getFileName().toString().endsWith("_en.properties"))
                    .sorted()
                    .toList();
        }
    }

    @ParameterizedTest
    @MethodSource("englishBundles")
    void everyTextExistsInFrenchWithTheSamePlaceholders(Path english) throws IOException {
        Path french =
                english.resolveSibling(
                        english.getFileName()
                                .toString()
                                .replace("_en.properties", "_fr.properties"));
        assertTrue(Files.exists(french), "no French bundle beside " + english);
        Properties en = load(english);
        Properties fr = load(french);

        assertEquals(
                new TreeSet<>(en.stringPropertyNames()),
                new TreeSet<>(fr.stringPropertyNames()),
                english + " and " + french + " differ in their keys");
        for (String key : en.stringPropertyNames()) {
            assertFalse(fr.getProperty(key).isBlank(), french + ": " + key + " is empty");
            assertEquals(
                    placeholders(en.getProperty(key)),
                    placeholders(fr.getProperty(key)),
                    french + ": " + key + " takes other placeholders than in English");
        }
    }

    @ParameterizedTest
    @MethodSource("englishBundles")
    void theBundlesAreFoundWhereTheApplicationLooks(Path english) {
        // a bundle moved elsewhere would be checked here but never loaded by the pages
        assertTrue(
                english.startsWith(RESOURCES.resolve("messages"))
                        || english.startsWith(RESOURCES.resolve("export")),
                english.toString());
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            String expression = matcher.group(1).strip();
            // Qute sections ({#if n == 1}…{#else}…{/if}) may differ, as plurals do between
            // languages
            if (!expression.startsWith("#") && !expression.startsWith("/")) {
                found.add(expression);
            }
        }
        return found;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
