package dev.custodian.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bundled manifest with some of its lines changed, written with its policy files to a folder of
 * its own, for a test profile's {@code custodian.manifest}: a deployment that differs from the
 * demonstration in exactly the promises a test is about.
 */
public final class ManifestVariant {

    private static final String[] FILES = {
        "custodian.yaml", "policy/2026-11.en.md", "policy/2026-11.fr.md"
    };

    private ManifestVariant() {}

    private static String bundled() {
        try (InputStream in =
                ManifestVariant.class
                        .getClassLoader()
                        .getResourceAsStream("manifest/" + FILES[0])) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The path of the variant's manifest; each key of {@code changes} must occur in the bundled
     * one, so a test cannot silently change nothing.
     */
    public static String of(Map<String, String> changes) {
        return of(changes, Map.of());
    }

    /**
     * The bundled manifest with one top-level section ({@code section:} and its indented lines)
     * replaced by {@code yaml}, which starts with the same {@code section:} line.
     */
    public static String withSection(String section, String yaml) {
        return of(Map.ofEntries(section(section, yaml)));
    }

    /**
     * The change that replaces one top-level section of the bundled manifest ({@code section:} and
     * its indented lines) by {@code yaml}, to put among other changes.
     */
    public static Map.Entry<String, String> section(String section, String yaml) {
        Matcher found =
                Pattern.compile("^" + section + ":\\n(?:[ \\t].*\\n|\\n)*", Pattern.MULTILINE)
                        .matcher(bundled());
        if (!found.find()) {
            throw new IllegalArgumentException("no section " + section + " in the manifest");
        }
        return Map.entry(found.group(), yaml.endsWith("\n") ? yaml + "\n" : yaml + "\n\n");
    }

    /** The same, with more files beside the manifest (a logo), by name. */
    public static String of(Map<String, String> changes, Map<String, byte[]> files) {
        try {
            Path folder = Files.createTempDirectory("manifest");
            for (String name : FILES) {
                Path target = folder.resolve(name);
                Files.createDirectories(target.getParent());
                try (InputStream in =
                        ManifestVariant.class
                                .getClassLoader()
                                .getResourceAsStream("manifest/" + name)) {
                    Files.write(target, in.readAllBytes());
                }
            }
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(folder.resolve(file.getKey()), file.getValue());
            }
            Path manifest = folder.resolve("custodian.yaml");
            String yaml = bundled();
            for (Map.Entry<String, String> change : changes.entrySet()) {
                if (!yaml.contains(change.getKey())) {
                    throw new IllegalArgumentException("not in the manifest: " + change.getKey());
                }
                yaml = yaml.replace(change.getKey(), change.getValue());
            }
            Files.writeString(manifest, yaml, StandardCharsets.UTF_8);
            return manifest.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
