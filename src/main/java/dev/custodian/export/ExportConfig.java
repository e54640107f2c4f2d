package dev.custodian.export;

import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * {@code custodian.export.*}. ExportJob's schedule reads {@link #every()} by name, in its {@code
 * ${custodian.export.every}} expression; its batch size is retention's (RetentionConfig).
 */
// Nothing injects it, and Quarkus registers only the mappings that are kept: Unremovable keeps
// it, so that its default applies and a misspelt custodian.export.* property stops startup.
@Unremovable
@ConfigMapping(prefix = "custodian.export")
public interface ExportConfig {

    /**
     * {@code custodian.export.every}: how often requested archives are built and expired ones
     * deleted (also off when {@code custodian.retention.schedule} is). Default 30s.
     */
    @WithDefault("30s")
    Duration every();
}
