package dev.custodian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TranslationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"msg", "pmsg"})
    void everyMessageExistsInEnglishAndFrench(String bundle) throws IOException {
        Properties english = load("messages/" + bundle + "_en.properties");
        Properties french = load("messages/" + bundle + "_fr.properties");

        assertEquals(
                new TreeSet<>(english.stringPropertyNames()),
                new TreeSet<>(french.stringPropertyNames()));
        french.stringPropertyNames()
                .forEach(key -> assertFalse(french.getProperty(key).isBlank(), key));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
