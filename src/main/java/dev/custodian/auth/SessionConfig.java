package dev.custodian.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "custodian.session")
public interface SessionConfig {

    /** A session unused for this long ends. */
    @WithDefault("1h")
    Duration idleTimeout();

    /** A session ends this long after sign-in, however active. */
    @WithDefault("12h")
    Duration absoluteTimeout();
}
