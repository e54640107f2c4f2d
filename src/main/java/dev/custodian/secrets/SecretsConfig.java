package dev.custodian.secrets;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The keys of {@link Secrets} and {@link SecretBox}. Production must give both (README,
 * Configuration); dev mode makes them under the data directory ({@link DevSecretFile}), and any
 * other mode without them refuses to start.
 */
@ConfigMapping(prefix = "custodian")
public interface SecretsConfig {

    /**
     * {@code custodian.secret}: at least 32 bytes that key the HMACs (throttling keys, unsubscribe
     * tokens, anti-fraud markers). No default: production's is {@code CUSTODIAN_SECRET}, the tests
     * set one, dev mode generates one.
     */
    Optional<String> secret();

    /**
     * {@code custodian.encryption-key}: 32 bytes, base64, the AES-GCM key of secrets kept at rest
     * (TOTP keys). No default: production's is {@code CUSTODIAN_ENCRYPTION_KEY}, the tests set one,
     * dev mode generates one.
     */
    Optional<String> encryptionKey();

    /**
     * {@code custodian.data-dir}: where dev mode keeps the secret and the key it generated. Default
     * {@code ./data}.
     */
    @WithDefault("./data")
    Path dataDir();
}
