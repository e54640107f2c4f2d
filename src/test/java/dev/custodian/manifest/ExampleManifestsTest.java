package dev.custodian.manifest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The five seed policies as five deployments (examples/, PROMISES.md): each manifest is read as the
 * portal reads it at start-up, and keeps a few promises of its own policy.
 */
class ExampleManifestsTest {

    private static final Path EXAMPLES = Path.of("examples");

    private static final Locale EN = Locale.ENGLISH;

    @TestFactory
    Stream<DynamicTest> everyExampleIsAValidManifestWithItsPolicyText() throws IOException {
        List<Path> manifests;
        try (Stream<Path> folders = Files.list(EXAMPLES)) {
            manifests =
                    folders.map(folder -> folder.resolve("manifest.yaml"))
                            .filter(Files::isRegularFile)
                            .sorted()
                            .toList();
        }
        assertEquals(5, manifests.size(), "one example per seed policy: " + manifests);
        return manifests.stream()
                .map(
                        file ->
                                DynamicTest.dynamicTest(
                                        file.getParent().getFileName().toString(),
                                        () -> assertReadWithItsPolicyText(file)));
    }

    /** Read as at start-up, with each version's Markdown, in sections, in every language. */
    private static void assertReadWithItsPolicyText(Path file) {
        Manifest manifest = ManifestProducer.read(file);
        for (Manifest.PolicyVersion version : manifest.policy().versions()) {
            assertNotNull(version.file(), "the text comes from files beside the manifest");
            for (String language : manifest.languages()) {
                String markdown = version.text().values().get(language);
                assertTrue(
                        markdown.lines().anyMatch(line -> line.startsWith("## ")),
                        "the policy's sections as Markdown headings, in " + language);
            }
        }
    }

    @Test
    void hostingStoresInFranceWithBackupsPossiblyInTheUnitedStates() {
        Manifest manifest = example("000-hosting");
        assertAll(
                () ->
                        assertEquals(
                                List.of("FR"),
                                manifest.storage().locations().stream()
                                        .map(Manifest.Location::country)
                                        .toList()),
                () ->
                        assertEquals(
                                List.of("US"),
                                manifest.storage().backups().stream()
                                        .map(Manifest.Location::country)
                                        .toList()),
                () ->
                        assertTrue(
                                manifest.recipients().stream()
                                        .anyMatch(r -> r.name().contains("Clearbit")),
                                "§5.1: Clearbit verifies accounts"),
                () -> assertTrue(manifest.closure().eraseNowAllowed(), "§7: destroyed on request"),
                () -> assertFalse(manifest.marketing().enabled()),
                () -> assertEquals("Hosting Panel", manifest.brand().productName()),
                () -> assertEquals("logo.svg", manifest.brand().logo()));
    }

    @Test
    void theCustomerPortalGatesClosureOnProductsAndErasesSixMonthsAfter() {
        Manifest manifest = example("001-customer-portal");
        assertAll(
                () -> assertTrue(manifest.closure().productsGateClosure()),
                () -> assertEquals(6, manifest.closure().gracePeriodMonths()),
                () -> assertTrue(manifest.closure().eraseNowAllowed()),
                () -> assertTrue(manifest.marketing().enabled(), "promotional messages"),
                () -> assertEquals(List.of(EN), manifest.locales()),
                () -> assertTrue(manifest.recipients().isEmpty(), "the policy names none"));
    }

    @Test
    void jobLettersKeepsOfPaymentDataOnlyThePostalCodeAndCountry() {
        Manifest manifest = example("002-job-letters");
        String invoices = manifest.category("invoices").purpose().in(EN);
        assertAll(
                () -> assertTrue(invoices.contains("only your zip code and country"), invoices),
                () ->
                        assertEquals(
                                List.of("invoices"),
                                manifest.recipients().stream()
                                        .filter(r -> r.name().equals("Stripe"))
                                        .findFirst()
                                        .orElseThrow()
                                        .categories()),
                () -> assertEquals("US", manifest.storage().locations().get(0).country()),
                () -> assertEquals(0, manifest.closure().gracePeriodMonths(), "§5"),
                () -> assertEquals("Job Letters", manifest.brand().productName()),
                () -> assertEquals("support@jobnexus.com", manifest.controller().contact()));
    }

    @Test
    void theFrenchNoticeIsFrenchFirstWithNoMarketingAndInvoicesKeptForTheLegalPeriod() {
        Manifest manifest = example("003-french-gdpr");
        Manifest.DataCategory invoices = manifest.category("invoices");
        assertAll(
                () -> assertEquals(Locale.FRENCH, manifest.locales().get(0)),
                () -> assertFalse(manifest.marketing().enabled()),
                () -> assertTrue(manifest.marketing().categories().isEmpty()),
                () -> assertEquals("legal-obligation", invoices.legalBasis()),
                () -> assertEquals(10, invoices.legalHold().years()),
                () -> assertTrue(invoices.retention().years() >= invoices.legalHold().years()),
                () ->
                        assertTrue(
                                manifest.category("contact")
                                        .purpose()
                                        .in(Locale.FRENCH)
                                        .contains("fraude"),
                                "the anti-fraud marker kept after the erasure"),
                () -> assertEquals("FR", manifest.storage().locations().get(0).country()),
                () -> assertFalse(manifest.profiles().publicProfiles()));
    }

    @Test
    void pianeojobsIsForAdultsWithPublicProfiles() {
        Manifest manifest = example("004-pianeojobs");
        assertAll(
                () -> assertEquals(18, manifest.signup().minimumAge()),
                () -> assertTrue(manifest.profiles().publicProfiles()),
                () -> assertTrue(manifest.profiles().membersSearch()),
                () ->
                        assertTrue(
                                manifest.category("visibility")
                                        .purpose()
                                        .in(EN)
                                        .contains(
                                                "Search engines see your public profile only if you allow it")),
                () -> assertEquals("Pianeojobs", manifest.brand().productName()));
    }

    private static Manifest example(String folder) {
        return ManifestProducer.read(EXAMPLES.resolve(folder).resolve("manifest.yaml"));
    }
}
