package dev.custodian.oidc;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the provider vouched for, or what the user set out to do, carried between requests in an
 * encrypted cookie (so any instance can take the next step): an identity waiting to be linked by
 * password or to sign up, or a link started from the security page by a signed-in account.
 */
record PendingIdentity(
        Purpose purpose,
        String issuer,
        String subject,
        String email,
        boolean emailVerified,
        String firstName,
        String lastName,
        String locale,
        UUID accountId,
        Instant expiresAt) {

    enum Purpose {
        /**
         * The verified email belongs to an account: its owner must sign in with the password to
         * link.
         */
        LINK_BY_PASSWORD,
        /** No account has this identity or its verified email: a short sign-up. */
        SIGN_UP,
        /**
         * A signed-in account asked to link an identity (accountId); the provider has not answered
         * yet.
         */
        LINK_FROM_ACCOUNT
    }

    static PendingIdentity linkFromAccount(UUID accountId, Instant expiresAt) {
        return new PendingIdentity(
                Purpose.LINK_FROM_ACCOUNT,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                accountId,
                expiresAt);
    }

    String encode() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("purpose", purpose.name());
        fields.put("issuer", issuer);
        fields.put("subject", subject);
        fields.put("email", email);
        fields.put("emailVerified", Boolean.toString(emailVerified));
        fields.put("firstName", firstName);
        fields.put("lastName", lastName);
        fields.put("locale", locale);
        fields.put("accountId", accountId == null ? null : accountId.toString());
        fields.put("expiresAt", expiresAt.toString());
        return fields.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(
                        e ->
                                e.getKey()
                                        + "="
                                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static PendingIdentity decode(String encoded) {
        Map<String, String> fields =
                Arrays.stream(encoded.split("&"))
                        .map(pair -> pair.split("=", 2))
                        .collect(
                                Collectors.toMap(
                                        pair -> pair[0],
                                        pair ->
                                                URLDecoder.decode(
                                                        pair[1], StandardCharsets.UTF_8)));
        String account = fields.get("accountId");
        return new PendingIdentity(
                Purpose.valueOf(fields.get("purpose")),
                fields.get("issuer"),
                fields.get("subject"),
                fields.get("email"),
                Boolean.parseBoolean(fields.get("emailVerified")),
                fields.get("firstName"),
                fields.get("lastName"),
                fields.get("locale"),
                account == null ? null : UUID.fromString(account),
                Instant.parse(fields.get("expiresAt")));
    }
}
