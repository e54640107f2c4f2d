package dev.custodian.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** argon2id cost. Raising any of these rehashes each password at its owner's next sign-in. */
@ConfigMapping(prefix = "custodian.password")
public interface PasswordConfig {

    /** Memory in KiB; OWASP's minimum for argon2id is 19 MiB. */
    @WithDefault("19456")
    int memoryKib();

    @WithDefault("2")
    int iterations();

    @WithDefault("1")
    int parallelism();
}
