package dev.custodian.jobs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The switch the batched jobs share. It is named after retention, the first of them, and keeps that
 * name; the rest of {@code custodian.retention.*} is {@code closure}'s (RetentionConfig).
 */
@ConfigMapping(prefix = "custodian.retention")
public interface JobsConfig {

    /**
     * {@code custodian.retention.schedule}: whether this instance runs the batched and clean-up
     * jobs on their schedules (erasure, retention, exports, page-view counts; expired sessions,
     * sign-in failures, rate-limit buckets, unverified sign-ups, sent mail). Default {@code true};
     * {@code false} in tests, which run them themselves.
     */
    @WithDefault("true")
    boolean schedule();
}
