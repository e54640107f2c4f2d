package dev.custodian.closure;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * {@code custodian.retention.*}, but {@code schedule}, the switch of every batched job
 * (JobsConfig). The periods themselves are the privacy manifest's.
 */
@ConfigMapping(prefix = "custodian.retention")
public interface RetentionConfig {

    /**
     * {@code custodian.retention.every}: how often erasure and retention run, read by their
     * schedules' {@code ${custodian.retention.every}} expression. Default 1h.
     */
    @WithDefault("1h")
    Duration every();

    /**
     * {@code custodian.retention.batch-size}: how many rows one job transaction claims (erasure,
     * retention, exports). Default 100.
     */
    @WithDefault("100")
    int batchSize();

    /**
     * {@code custodian.retention.mail-grace}: how long erasure waits for the account's last mails
     * (the closure confirmation) to leave the outbox before deleting them anyway: well inside the
     * 24 h target. Default 6h.
     */
    @WithDefault("6h")
    Duration mailGrace();
}
