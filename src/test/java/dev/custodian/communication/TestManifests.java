package dev.custodian.communication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Manifests for test profiles: the bundled one with another marketing section, written under
 * target/ with the policy files beside it. Made from the bundled manifest rather than kept as
 * copies, so that they follow it as the catalogue and its other promises change.
 */
final class TestManifests {

    private static final Path BUNDLED = Path.of("src/main/resources/manifest");

    /** The {@code marketing:} section: its line, its indented lines and the blank lines after. */
    private static final Pattern MARKETING =
            Pattern.compile("^marketing:\\n(?:[ \\t].*\\n|\\n)*", Pattern.MULTILINE);

    private TestManifests() {}

    /**
     * Writes the bundled manifest with {@code marketing} (a YAML section) instead of its own, and
     * returns its path for {@code custodian.manifest}.
     */
    static String withMarketing(String name, String marketing) {
        try {
            String yaml = Files.readString(BUNDLED.resolve("custodian.yaml"));
            Matcher section = MARKETING.matcher(yaml);
            if (!section.find()) {
                throw new IllegalStateException("The bundled manifest has no marketing section");
            }
            Path folder = Path.of("target", "test-manifests", name).toAbsolutePath();
            Files.createDirectories(folder.resolve("policy"));
            try (Stream<Path> policies = Files.list(BUNDLED.resolve("policy"))) {
                for (Path policy : policies.toList()) {
                    Files.copy(
                            policy,
                            folder.resolve("policy").resolve(policy.getFileName()),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path manifest = folder.resolve("custodian.yaml");
            Files.writeString(
                    manifest, section.replaceFirst(Matcher.quoteReplacement(marketing + "\n")));
            return manifest.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
