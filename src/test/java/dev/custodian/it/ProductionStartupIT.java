package dev.custodian.it;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.testing.RequiredVariables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged application refuses to start without its production variables, naming each one that
 * application.properties lists (RequiredVariables) but the one given, and with a faulty privacy
 * manifest, naming the file, the line and the fault.
 */
class ProductionStartupIT {

    @Test
    void namesEveryMissingVariableAndStops() throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-jar",
                                "target/quarkus-app/quarkus-run.jar")
                        .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("CUSTODIAN_"));
        builder.environment().put("CUSTODIAN_DB_URL", "jdbc:postgresql://localhost:5432/test");
        Process process = builder.start();

        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "it must stop by itself");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertNotEquals(0, process.exitValue(), output);
        for (String missing : RequiredVariables.byProperty().values()) {
            if (missing.equals("CUSTODIAN_DB_URL")) {
                continue;
            }
            assertTrue(
                    output.contains("Could not expand value " + missing),
                    missing + " must be named:\n" + output);
        }
        assertTrue(!output.contains("Could not expand value CUSTODIAN_DB_URL"), output);
    }

    @Test
    void refusesAFaultyManifestWithItsLine() throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("manifest");
        Path manifest = folder.resolve("manifest.yaml");
        try (var in = getClass().getClassLoader().getResourceAsStream("manifest/custodian.yaml")) {
            Files.writeString(
                    manifest,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .replace("    categories: [invoices]\n", "    categories: [cards]\n"));
        }
        // every production variable is given (failsafe's environment): only the manifest is wrong
        ProcessBuilder builder =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-jar",
                                "target/quarkus-app/quarkus-run.jar")
                        .redirectErrorStream(true);
        builder.environment().put("CUSTODIAN_MANIFEST", manifest.toString());
        Process process = builder.start();

        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "it must stop by itself");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertNotEquals(0, process.exitValue(), output);
        assertTrue(output.contains(manifest + " is not a valid privacy manifest:"), output);
        assertTrue(output.contains(": Stripe receives unknown data category cards"), output);
    }
}
