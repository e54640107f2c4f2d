package dev.custodian.secrets;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets that must be read back (TOTP keys) with AES-256-GCM under {@code
 * custodian.encryption-key}: a copy of the database alone reveals none of them. Stored form:
 * 12-byte random nonce, then ciphertext and tag.
 */
@Startup
@Singleton
public class SecretBox {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    SecretBox(SecretsConfig config) {
        String encoded =
                config.encryptionKey()
                        .filter(k -> !k.isBlank())
                        .orElseGet(
                                () ->
                                        DevSecretFile.readOrCreate(
                                                config.dataDir(),
                                                "encryption-key",
                                                "CUSTODIAN_ENCRYPTION_KEY"));
        byte[] bytes = Base64.getDecoder().decode(encoded.strip());
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException(
                    "custodian.encryption-key (CUSTODIAN_ENCRYPTION_KEY) must be 32 bytes, base64");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    public byte[] encrypt(byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] decrypt(byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    key,
                    new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "A stored secret cannot be decrypted: wrong encryption key?", e);
        }
    }
}
