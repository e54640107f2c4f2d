package dev.custodian.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.catalogue.Catalogue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The manifest reader keeps the bundled manifest whole and refuses each kind of fault with its
 * line: the cases the issue names (a missing translation, an unknown category, a retention shorter
 * than a legal hold, a recipient receiving an unknown category) and the schema's own.
 */
class ManifestReaderTest {

    private static final String BUNDLED = bundled();

    private static final Map<String, byte[]> FILES =
            Map.of(
                    "policy/2026-11.en.md", "# Policy".getBytes(StandardCharsets.UTF_8),
                    "policy/2026-11.fr.md", "# Politique".getBytes(StandardCharsets.UTF_8));

    @Test
    void theBundledManifestIsReadWhole() {
        Manifest manifest = read(BUNDLED);
        assertEquals("Custodian", manifest.brand().productName());
        assertEquals(Locale.ENGLISH, manifest.locales().get(0));
        assertEquals(Catalogue.CATEGORIES.size(), manifest.dataCategories().size());
        assertEquals("c", manifest.category("invoices").legalBasisLetter());
        assertEquals(10, manifest.category("invoices").retention().years());
        assertEquals(
                "# Politique",
                manifest.policy().versions().get(0).text().in(Locale.FRENCH),
                "the policy's text is read from its file");
        assertEquals(4, manifest.marketing().categories().size());
        assertTrue(manifest.profiles().publicProfiles());
    }

    @Test
    void aMissingTranslationIsRefusedWithItsLine() {
        String yaml =
                BUNDLED.replace(
                        "\n        fr: Serveurs de notre hébergeur en France, dans l’Union européenne.",
                        "");
        String faults = refused(yaml);
        assertTrue(
                faults.contains(
                        "line "
                                + lineOf(yaml, "Servers of our hosting provider")
                                + ": /storage/locations/0/description: no fr text"),
                faults);
    }

    @Test
    void aTextInALanguageNotOfferedIsKept() {
        Manifest french = read(BUNDLED.replace("languages: [en, fr]", "languages: [fr]"));
        assertEquals(List.of(Locale.FRENCH), french.locales());
    }

    @Test
    void anUnknownCategoryIsRefused() {
        String faults = refused(BUNDLED.replace("  - id: reports\n", "  - id: gossip\n"));
        assertTrue(faults.contains("unknown data category gossip"), faults);
        assertTrue(
                faults.contains("data category reports of the catalogue is not described"), faults);
    }

    @Test
    void aRecipientOfAnUnknownCategoryIsRefused() {
        String yaml =
                BUNDLED.replace(
                        "    categories: [invoices]\n", "    categories: [invoices, cards]\n");
        String faults = refused(yaml);
        assertTrue(
                faults.contains(
                        "line "
                                + lineOf(yaml, "[invoices, cards]")
                                + ": Stripe receives unknown data category cards"),
                faults);
    }

    @Test
    void aRetentionShorterThanItsLegalHoldIsRefused() {
        String faults =
                refused(
                        BUNDLED.replace(
                                "{rule: from-issue, years: 10}", "{rule: from-issue, years: 6}"));
        assertTrue(
                faults.contains(
                        "the retention of invoices is shorter than its legal hold of 10 years"),
                faults);
    }

    @Test
    void aRetentionRuleThePortalDoesNotKeepIsRefusedWithItsLine() {
        String yaml =
                BUNDLED.replace(
                        "retention: {rule: from-creation, days: 7}", "retention: {rule: account}");
        String faults = refused(yaml);
        assertTrue(
                faults.contains(
                        "line "
                                + lineOf(yaml, "retention: {rule: account}\n  - id: disclosures")
                                + ": the retention of exports must be from-creation, the rule the"
                                + " portal keeps it by, not account"),
                faults);
        assertTrue(
                refused(
                                BUNDLED.replace(
                                        "retention: {rule: from-creation, days: 365}",
                                        "retention: {rule: from-issue, years: 1}"))
                        .contains("the retention of activity must be account or from-creation"));
        assertEquals(
                "account",
                read(BUNDLED.replace(
                                "retention: {rule: from-creation, days: 365}",
                                "retention: {rule: account}"))
                        .category("activity")
                        .retention()
                        .rule(),
                "activity may be kept with the account");
    }

    @Test
    void reopeningAfterTheErasureIsRefused() {
        String faults = refused(BUNDLED.replace("gracePeriodMonths: 6", "gracePeriodMonths: 0"));
        assertTrue(faults.contains("cannot be reopened after its erasure"), faults);
    }

    @Test
    void theSchemaRefusesWrongTypesAndMissingParts() {
        String faults = refused(BUNDLED.replace("minimumAge: 18", "minimumAge: eighteen"));
        assertTrue(faults.contains("/signup/minimumAge: string found, integer expected"), faults);
        assertTrue(faults.contains("line " + lineOf(BUNDLED, "minimumAge: 18")), faults);
        assertRefused(
                BUNDLED.replace("country: IE", "country: Ireland"),
                "line " + lineOf(BUNDLED, "country: IE") + ": /recipients/1/country");
        assertRefused(
                BUNDLED.replace("legalBasis: contract\n", "legalBasis: because\n"), "legalBasis");
        assertRefused(
                BUNDLED.replace("  minimumAge: 18\n", "  minimumAge: 18\n  captcha: true\n"),
                "captcha");
        assertRefused(
                BUNDLED.replace("brand:\n  productName: Custodian\n", "brand:\n"), "productName");
    }

    @Test
    void aPolicyThatIsNotInForceOrNotADateIsRefused() {
        assertRefused(
                BUNDLED.replace("date: 2026-11-01", "date: 2999-01-01"),
                "the first version is not yet published");
        assertRefused(
                BUNDLED.replace("date: 2026-11-01", "date: 2026-02-30"),
                "no such date: 2026-02-30");
        // the schema's patterns match whole values: no final line break slips through
        assertRefused(
                BUNDLED.replace("- version: \"2026-11\"", "- version: \"2026-11\\n\""),
                "/policy/versions/0/version");
        assertRefused(
                BUNDLED.replace("accentColour: \"#1f5f8b\"", "accentColour: \"#1f5f8b\\n\""),
                "accentColour");
    }

    @Test
    void aMissingPolicyFileIsRefused() {
        String faults = refused(BUNDLED.replace("policy/2026-11.fr.md", "policy/missing.fr.md"));
        assertTrue(faults.contains("no file policy/missing.fr.md beside the manifest"), faults);
    }

    @Test
    void notYamlIsRefused() {
        assertRefused("languages: [en\n", "not a YAML document");
        assertRefused("a: b: c\n", "line 1");
        assertRefused("- a list\n", "not a YAML mapping");
    }

    private static Manifest read(String yaml) {
        return new ManifestReader(
                        "test.yaml",
                        name -> Optional.ofNullable(FILES.get(name)),
                        Catalogue.RETENTION)
                .read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String refused(String yaml) {
        String message = assertThrows(ManifestException.class, () -> read(yaml)).getMessage();
        assertTrue(message.startsWith("test.yaml"), message);
        return message;
    }

    private static void assertRefused(String yaml, String fault) {
        String faults = refused(yaml);
        assertTrue(faults.contains(fault), faults);
    }

    private static int lineOf(String yaml, String text) {
        int index = yaml.indexOf(text);
        assertTrue(index >= 0, text);
        return (int) yaml.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String bundled() {
        try (InputStream in =
                ManifestReaderTest.class
                        .getClassLoader()
                        .getResourceAsStream(ManifestProducer.BUNDLED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
