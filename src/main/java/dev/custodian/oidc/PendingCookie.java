package dev.custodian.oidc;

import dev.custodian.secrets.SecretBox;
import dev.custodian.web.WebConfig;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/** The pending identity's cookie: encrypted and authenticated (AES-GCM), HttpOnly, 15 minutes. */
@Singleton
class PendingCookie {

    static final String NAME = "custodian_oidc";
    static final Duration LIFETIME = Duration.ofMinutes(15);

    private final SecretBox box;
    private final WebConfig.Session sessions;
    private final Clock clock;

    PendingCookie(SecretBox box, WebConfig web, Clock clock) {
        this.box = box;
        this.sessions = web.session();
        this.clock = clock;
    }

    NewCookie of(PendingIdentity pending) {
        String value =
                Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(
                                box.encrypt(pending.encode().getBytes(StandardCharsets.UTF_8)));
        return new NewCookie.Builder(NAME)
                .value(value)
                .path("/")
                .httpOnly(true)
                .secure(sessions.secureCookie())
                .sameSite(NewCookie.SameSite.LAX)
                .maxAge((int) LIFETIME.toSeconds())
                .build();
    }

    NewCookie expired() {
        return new NewCookie.Builder(NAME)
                .value("")
                .path("/")
                .httpOnly(true)
                .secure(sessions.secureCookie())
                .sameSite(NewCookie.SameSite.LAX)
                .maxAge(0)
                .build();
    }

    /** The pending identity this browser carries, if it is ours, intact and not expired. */
    Optional<PendingIdentity> read(HttpServerRequest request) {
        Cookie cookie = request.getCookie(NAME);
        if (cookie == null || cookie.getValue().isEmpty()) {
            return Optional.empty();
        }
        try {
            PendingIdentity pending =
                    PendingIdentity.decode(
                            new String(
                                    box.decrypt(Base64.getUrlDecoder().decode(cookie.getValue())),
                                    StandardCharsets.UTF_8));
            return clock.instant().isBefore(pending.expiresAt())
                    ? Optional.of(pending)
                    : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    Instant expiry() {
        return clock.instant().plus(LIFETIME);
    }
}
