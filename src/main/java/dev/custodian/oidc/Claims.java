package dev.custodian.oidc;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** What Custodian reads from the provider's ID token. */
record Claims(
        String issuer,
        String subject,
        String email,
        boolean emailVerified,
        String firstName,
        String lastName,
        String locale) {

    static Claims of(JsonWebToken idToken) {
        Object verified = idToken.getClaim("email_verified");
        return new Claims(
                idToken.getIssuer(),
                idToken.getSubject(),
                idToken.getClaim("email"),
                Boolean.TRUE.equals(verified) || "true".equals(String.valueOf(verified)),
                idToken.getClaim("given_name"),
                idToken.getClaim("family_name"),
                idToken.getClaim("locale"));
    }
}
