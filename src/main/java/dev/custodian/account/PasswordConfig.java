package dev.custodian.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * argon2id cost, and what a new password is checked against. Raising the cost rehashes each
 * password at its owner's next sign-in.
 */
@ConfigMapping(prefix = "custodian.password")
public interface PasswordConfig {

    /**
     * {@code custodian.password.memory-kib}: argon2id's memory in KiB; OWASP's minimum for argon2id
     * is 19 MiB. Default 19456.
     */
    @WithDefault("19456")
    int memoryKib();

    /** {@code custodian.password.iterations}: argon2id's passes over its memory. Default 2. */
    @WithDefault("2")
    int iterations();

    /** {@code custodian.password.parallelism}: argon2id's lanes. Default 1. */
    @WithDefault("1")
    int parallelism();

    /**
     * {@code custodian.password.blocklist-file}: the operator's own blocklist, in the format of the
     * built-in one, added to it. No default (the built-in list alone).
     */
    Optional<Path> blocklistFile();

    /**
     * {@code custodian.password.breach-check-url}: a Pwned Passwords-style range API, such as
     * {@code https://api.pwnedpasswords.com/range/}. No default: unset, none is asked.
     */
    Optional<String> breachCheckUrl();

    /**
     * {@code custodian.password.breach-check-timeout}: how long the range API may take to connect,
     * and then to answer. Default 2s.
     */
    @WithDefault("2s")
    Duration breachCheckTimeout();
}
