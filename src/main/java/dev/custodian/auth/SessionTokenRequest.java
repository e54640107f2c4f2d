package dev.custodian.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The session cookie's token, on its way to {@link SessionIdentityProvider}. */
class SessionTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    SessionTokenRequest(String token) {
        this.token = token;
    }

    String token() {
        return token;
    }
}
