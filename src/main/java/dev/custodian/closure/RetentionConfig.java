package dev.custodian.closure;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "custodian.retention")
public interface RetentionConfig {

    /**
     * {@code custodian.retention.every}: how often erasure and retention run, read by their
     * schedules' {@code ${custodian.retention.every}} expression. Default 1h.
     */
    @WithDefault("1h")
    Duration every();

    /** How many rows one job transaction claims. */
    @WithDefault("100")
    int batchSize();

    /**
     * How long erasure waits for the account's last mails (the closure confirmation) to leave the
     * outbox before deleting them anyway: well inside the 24 h target.
     */
    @WithDefault("6h")
    Duration mailGrace();

    /** Sign-in history and the rest of the activity log (IP, device) are kept this long. */
    @WithDefault("365d")
    Duration activityKept();
}
