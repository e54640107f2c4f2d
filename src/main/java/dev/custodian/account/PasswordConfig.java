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

    /** Memory in KiB; OWASP's minimum for argon2id is 19 MiB. */
    @WithDefault("19456")
    int memoryKib();

    @WithDefault("2")
    int iterations();

    @WithDefault("1")
    int parallelism();

    /** The operator's own blocklist, in the format of the built-in one, added to it. */
    Optional<Path> blocklistFile();

    /**
     * A Pwned Passwords-style range API, such as {@code https://api.pwnedpasswords.com/range/};
     * unset, none is asked.
     */
    Optional<String> breachCheckUrl();

    /** How long the range API may take to connect, and then to answer. */
    @WithDefault("2s")
    Duration breachCheckTimeout();
}
