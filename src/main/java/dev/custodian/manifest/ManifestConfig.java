package dev.custodian.manifest;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** {@code custodian.manifest}: which privacy manifest the portal keeps the promises of. */
@ConfigMapping(prefix = "custodian")
public interface ManifestConfig {

    /**
     * {@code custodian.manifest}: the path of the company's privacy manifest (MANIFEST.md), whose
     * policy and logo files lie beside it. Without it, the bundled demonstration manifest, which
     * offers every feature.
     */
    Optional<String> manifest();
}
