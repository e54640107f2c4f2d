package dev.custodian.passkey;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.jackson.deserializer.cbor.COSEKeyEnvelope;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticatorTransport;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.CollectedClientData;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.util.Base64UrlUtil;
import com.webauthn4j.verifier.exception.VerificationException;
import dev.custodian.web.BaseUrl;
import dev.custodian.web.WebConfig;
import jakarta.inject.Singleton;
import java.net.URI;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The WebAuthn side of passkeys, through webauthn4j: the options a browser is given, and the checks
 * of its answers. The relying party is the host of the configured base URL, and an answer must come
 * from that URL's origin; attestation is {@code none} (which authenticator made a passkey is not
 * checked, only that the user verified). It holds no state: the challenges are rows, so that any
 * instance can check an answer.
 */
@Singleton
class Ceremonies {

    /** How long a browser has to answer, in milliseconds, as WebAuthn's options say it. */
    static final long TIMEOUT_MILLIS = 5 * 60 * 1000;

    /** ES256, EdDSA, RS256: what authenticators make, most preferred first. */
    private static final List<PublicKeyCredentialParameters> ALGORITHMS =
            List.of(
                    new PublicKeyCredentialParameters(
                            PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.ES256),
                    new PublicKeyCredentialParameters(
                            PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.EdDSA),
                    new PublicKeyCredentialParameters(
                            PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.RS256));

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The answer could not be read as WebAuthn's JSON: a 400, never a 500. */
    static class Malformed extends RuntimeException {
        Malformed(Throwable cause) {
            super(cause);
        }
    }

    /** A passkey as registration made it, ready to be stored. */
    record NewCredential(
            String credentialId,
            byte[] publicKey,
            long signCount,
            boolean uvInitialized,
            boolean backupEligible,
            boolean backupState,
            String transports,
            String aaguid) {}

    /** What an assertion says before it is checked: which passkey, over which challenge. */
    record Assertion(
            AuthenticationData data, String credentialId, String challenge, byte[] userHandle) {}

    /** What a checked assertion changes on its passkey. */
    record Used(long signCount, boolean backupState) {}

    private final ObjectConverter converter = new ObjectConverter();
    private final WebAuthnManager manager =
            WebAuthnManager.createNonStrictWebAuthnManager(converter);
    private final String rpId;
    private final Origin origin;

    Ceremonies(WebConfig web) {
        URI base = URI.create(BaseUrl.of(web.baseUrl()));
        this.rpId = base.getHost();
        this.origin = Origin.create(base.getScheme() + "://" + base.getRawAuthority());
    }

    String rpId() {
        return rpId;
    }

    /** A fresh challenge, base64url: 32 random bytes. */
    static String newChallenge() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64UrlUtil.encodeToString(bytes);
    }

    /** WebAuthn's user handle for an account: its id's 16 bytes, which name no one. */
    static String userHandle(UUID accountId) {
        return Base64UrlUtil.encodeToString(
                ByteBuffer.allocate(16)
                        .putLong(accountId.getMostSignificantBits())
                        .putLong(accountId.getLeastSignificantBits())
                        .array());
    }

    /** PublicKeyCredentialCreationOptionsJSON: a discoverable, user-verified passkey. */
    Map<String, Object> creationOptions(
            String challenge,
            UUID accountId,
            String userName,
            String displayName,
            String rpName,
            List<Passkey> existing) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("challenge", challenge);
        options.put("rp", Map.of("id", rpId, "name", rpName));
        options.put(
                "user",
                Map.of("id", userHandle(accountId), "name", userName, "displayName", displayName));
        options.put(
                "pubKeyCredParams",
                ALGORITHMS.stream()
                        .map(p -> Map.of("type", "public-key", "alg", p.getAlg().getValue()))
                        .toList());
        options.put("timeout", TIMEOUT_MILLIS);
        options.put("excludeCredentials", descriptors(existing));
        options.put(
                "authenticatorSelection",
                Map.of(
                        "residentKey", "required",
                        "requireResidentKey", true,
                        "userVerification", "required"));
        options.put("attestation", "none");
        return options;
    }

    /**
     * PublicKeyCredentialRequestOptionsJSON; {@code allowed} empty lets the user pick any of this
     * site's passkeys (signing in), else only these (step-up).
     */
    Map<String, Object> requestOptions(String challenge, List<Passkey> allowed) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("challenge", challenge);
        options.put("rpId", rpId);
        options.put("timeout", TIMEOUT_MILLIS);
        options.put("allowCredentials", descriptors(allowed));
        options.put("userVerification", "required");
        return options;
    }

    private static List<Map<String, Object>> descriptors(List<Passkey> passkeys) {
        return passkeys.stream()
                .map(
                        p -> {
                            Map<String, Object> descriptor = new LinkedHashMap<>();
                            descriptor.put("type", "public-key");
                            descriptor.put("id", p.credentialId);
                            if (p.transports != null && !p.transports.isEmpty()) {
                                descriptor.put("transports", List.of(p.transports.split(",")));
                            }
                            return descriptor;
                        })
                .toList();
    }

    /**
     * Reads a registration answer, for its challenge; the answer is checked by {@link #register}.
     */
    RegistrationData readRegistration(String json) {
        try {
            RegistrationData data = manager.parseRegistrationResponseJSON(json);
            if (data.getCollectedClientData() == null
                    || data.getCollectedClientData().getChallenge() == null
                    || data.getAttestationObject() == null) {
                throw new Malformed(null);
            }
            return data;
        } catch (RuntimeException unreadable) {
            throw unreadable instanceof Malformed m ? m : new Malformed(unreadable);
        }
    }

    static String challengeOf(CollectedClientData clientData) {
        return Base64UrlUtil.encodeToString(clientData.getChallenge().getValue());
    }

    /**
     * Checks a registration answer over {@code challenge}: origin, relying party, user presence and
     * verification, signature of the attestation ({@code none} accepted); empty when wrong.
     */
    Optional<NewCredential> register(RegistrationData data, String challenge) {
        try {
            manager.verify(
                    data, new RegistrationParameters(server(challenge), ALGORITHMS, true, true));
        } catch (VerificationException | IllegalArgumentException wrong) {
            return Optional.empty();
        }
        AuthenticatorData<?> authenticator = data.getAttestationObject().getAuthenticatorData();
        AttestedCredentialData credential = authenticator.getAttestedCredentialData();
        Set<AuthenticatorTransport> transports = data.getTransports();
        return Optional.of(
                new NewCredential(
                        Base64UrlUtil.encodeToString(credential.getCredentialId()),
                        converter.getCborConverter().writeValueAsBytes(credential.getCOSEKey()),
                        authenticator.getSignCount(),
                        authenticator.isFlagUV(),
                        authenticator.isFlagBE(),
                        authenticator.isFlagBS(),
                        transports == null
                                ? null
                                : transports.stream()
                                        .map(AuthenticatorTransport::getValue)
                                        .sorted()
                                        .collect(Collectors.joining(",")),
                        credential.getAaguid() == null
                                ? null
                                : credential.getAaguid().getValue().toString()));
    }

    /** Reads an assertion, for its passkey and challenge; it is checked by {@link #verify}. */
    Assertion readAssertion(String json) {
        try {
            AuthenticationData data = manager.parseAuthenticationResponseJSON(json);
            if (data.getCredentialId() == null
                    || data.getCollectedClientData() == null
                    || data.getCollectedClientData().getChallenge() == null) {
                throw new Malformed(null);
            }
            return new Assertion(
                    data,
                    Base64UrlUtil.encodeToString(data.getCredentialId()),
                    challengeOf(data.getCollectedClientData()),
                    data.getUserHandle());
        } catch (RuntimeException unreadable) {
            throw unreadable instanceof Malformed m ? m : new Malformed(unreadable);
        }
    }

    /**
     * Checks an assertion over {@code challenge} with the stored passkey: origin, relying party,
     * user presence and verification, the signature, and a counter that went forward (or that the
     * authenticator keeps none, both zero). Empty when any is wrong.
     */
    Optional<Used> verify(Assertion assertion, String challenge, Passkey passkey) {
        if (assertion.userHandle() != null
                && assertion.userHandle().length > 0
                && !Arrays.equals(
                        assertion.userHandle(),
                        Base64UrlUtil.decode(userHandle(passkey.accountId)))) {
            return Optional.empty();
        }
        AuthenticatorData<?> authenticator = assertion.data().getAuthenticatorData();
        long presented = authenticator == null ? 0 : authenticator.getSignCount();
        if (authenticator == null
                || !((presented == 0 && passkey.signCount == 0) || presented > passkey.signCount)) {
            return Optional.empty();
        }
        try {
            AttestedCredentialData stored =
                    new AttestedCredentialData(
                            passkey.aaguid == null
                                    ? AAGUID.ZERO
                                    : new AAGUID(UUID.fromString(passkey.aaguid)),
                            Base64UrlUtil.decode(passkey.credentialId),
                            converter
                                    .getCborConverter()
                                    .readValue(passkey.publicKey, COSEKeyEnvelope.class)
                                    .getCOSEKey());
            CredentialRecordImpl record =
                    new CredentialRecordImpl(
                            new NoneAttestationStatement(),
                            passkey.uvInitialized,
                            passkey.backupEligible,
                            passkey.backupState,
                            passkey.signCount,
                            stored,
                            null,
                            null,
                            null,
                            null);
            manager.verify(
                    assertion.data(),
                    new AuthenticationParameters(server(challenge), record, null, true, true));
        } catch (VerificationException | IllegalArgumentException wrong) {
            return Optional.empty();
        }
        return Optional.of(new Used(presented, authenticator.isFlagBS()));
    }

    private ServerProperty server(String challenge) {
        return new ServerProperty(origin, rpId, new DefaultChallenge(challenge));
    }
}
