package dev.custodian.manifest;

import dev.custodian.catalogue.Catalogue;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the manifest once, at start-up, so that a faulty one stops the start with its faults
 * instead of leaving a half-configured portal; keeps the files beside it (the logo) at hand.
 */
@Singleton
public class ManifestProducer {

    static final String BUNDLED = "manifest/custodian.yaml";

    private final Function<String, Optional<byte[]>> siblings;
    private final Manifest manifest;

    @Inject
    ManifestProducer(ManifestConfig config) {
        this(config.manifest().map(Path::of));
    }

    /** The manifest at {@code file}, read and checked as at start-up: for tests of examples. */
    static Manifest read(Path file) {
        return new ManifestProducer(Optional.of(file)).manifest;
    }

    private ManifestProducer(Optional<Path> file) {
        siblings = file.map(ManifestProducer::besideFile).orElseGet(ManifestProducer::bundled);
        ManifestReader reader =
                new ManifestReader(
                        file.map(Path::toString).orElse("classpath:" + BUNDLED),
                        siblings,
                        Catalogue.RETENTION);
        try (InputStream in =
                file.isPresent()
                        ? Files.newInputStream(file.get())
                        : ManifestProducer.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            manifest = reader.read(in);
        } catch (IOException e) {
            throw new ManifestException(
                    "custodian.manifest: cannot read " + file.orElseThrow() + ": " + e);
        }
    }

    @Produces
    @Singleton
    @Startup
    @Named("manifest")
    Manifest manifest() {
        return manifest;
    }

    /** The brand's logo file, when the manifest names one. */
    Optional<byte[]> logo() {
        return Optional.ofNullable(manifest.brand().logo()).flatMap(siblings);
    }

    private static Function<String, Optional<byte[]>> besideFile(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        return name -> {
            Path sibling = folder.resolve(name).normalize();
            if (!sibling.startsWith(folder) || !Files.isRegularFile(sibling)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readAllBytes(sibling));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static Function<String, Optional<byte[]>> bundled() {
        ClassLoader loader = ManifestProducer.class.getClassLoader();
        return name -> {
            if (name.contains("..")) {
                return Optional.empty();
            }
            try (InputStream in = loader.getResourceAsStream("manifest/" + name)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
