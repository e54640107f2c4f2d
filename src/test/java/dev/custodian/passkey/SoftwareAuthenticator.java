package dev.custodian.passkey;

import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.util.Base64UrlUtil;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A passkey authenticator in the test, as a browser and its authenticator answer together: one EC
 * P-256 key, attestation "none", user present and verified. What it answers with can be bent
 * (another origin, another relying party, a counter of the test's choosing) to check what the
 * server refuses.
 */
final class SoftwareAuthenticator {

    private static final byte UP = 0x01;
    private static final byte UV = 0x04;
    private static final byte AT = 0x40;
    private static final ObjectConverter CONVERTER = new ObjectConverter();

    private final KeyPair key;
    private final byte[] credentialId = new byte[32];
    private final byte[] userHandle;
    String origin = dev.custodian.testing.TestPorts.BASE_URL;
    String rpId = "localhost";
    long counter;

    SoftwareAuthenticator(String userHandle) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            this.key = generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        new SecureRandom().nextBytes(credentialId);
        this.userHandle = userHandle == null ? null : Base64UrlUtil.decode(userHandle);
    }

    String credentialId() {
        return Base64UrlUtil.encodeToString(credentialId);
    }

    /**
     * RegistrationResponseJSON, as PublicKeyCredential.toJSON() gives it, over {@code challenge}.
     */
    String register(String challenge) {
        byte[] cose =
                CONVERTER
                        .getCborConverter()
                        .writeValueAsBytes(
                                EC2COSEKey.create(
                                        (ECPublicKey) key.getPublic(),
                                        COSEAlgorithmIdentifier.ES256));
        ByteBuffer authData = ByteBuffer.allocate(37 + 16 + 2 + credentialId.length + cose.length);
        authData.put(sha256(rpId.getBytes(StandardCharsets.UTF_8)))
                .put((byte) (UP | UV | AT))
                .putInt((int) counter)
                .put(new byte[16])
                .putShort((short) credentialId.length)
                .put(credentialId)
                .put(cose);
        Map<String, Object> attestation = new LinkedHashMap<>();
        attestation.put("fmt", "none");
        attestation.put("attStmt", Map.of());
        attestation.put("authData", authData.array());
        byte[] attestationObject = CONVERTER.getCborConverter().writeValueAsBytes(attestation);
        return "{\"id\":\""
                + credentialId()
                + "\",\"rawId\":\""
                + credentialId()
                + "\",\"type\":\"public-key\",\"response\":{\"clientDataJSON\":\""
                + Base64UrlUtil.encodeToString(clientData("webauthn.create", challenge))
                + "\",\"attestationObject\":\""
                + Base64UrlUtil.encodeToString(attestationObject)
                + "\",\"transports\":[\"internal\"]},\"clientExtensionResults\":{}}";
    }

    /** AuthenticationResponseJSON over {@code challenge}; the counter moves on by one first. */
    String assertion(String challenge) {
        counter++;
        return assertionAt(challenge, counter);
    }

    /** An assertion with the counter at {@code signCount}, whatever it was before. */
    String assertionAt(String challenge, long signCount) {
        byte[] authData =
                ByteBuffer.allocate(37)
                        .put(sha256(rpId.getBytes(StandardCharsets.UTF_8)))
                        .put((byte) (UP | UV))
                        .putInt((int) signCount)
                        .array();
        byte[] clientData = clientData("webauthn.get", challenge);
        byte[] signature;
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(key.getPrivate());
            signer.update(authData);
            signer.update(sha256(clientData));
            signature = signer.sign();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return "{\"id\":\""
                + credentialId()
                + "\",\"rawId\":\""
                + credentialId()
                + "\",\"type\":\"public-key\",\"response\":{\"clientDataJSON\":\""
                + Base64UrlUtil.encodeToString(clientData)
                + "\",\"authenticatorData\":\""
                + Base64UrlUtil.encodeToString(authData)
                + "\",\"signature\":\""
                + Base64UrlUtil.encodeToString(signature)
                + "\""
                + (userHandle == null
                        ? ""
                        : ",\"userHandle\":\"" + Base64UrlUtil.encodeToString(userHandle) + "\"")
                + "},\"clientExtensionResults\":{}}";
    }

    private byte[] clientData(String type, String challenge) {
        return ("{\"type\":\""
                        + type
                        + "\",\"challenge\":\""
                        + challenge
                        + "\",\"origin\":\""
                        + origin
                        + "\",\"crossOrigin\":false}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
