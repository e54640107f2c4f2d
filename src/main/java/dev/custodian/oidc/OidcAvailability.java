package dev.custodian.oidc;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the sign-in and sign-up pages say about the provider: whether it is offered, its name, and
 * whether it answers now. Its discovery document is asked for at most every 30 seconds, so that a
 * provider that is down costs the pages a short wait once, not on every view.
 */
@Named("oidc")
@Singleton
public class OidcAvailability {

    private static final Duration RECHECK = Duration.ofSeconds(30);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final OidcConfig config;
    private final URI discovery;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile Instant checkedAt = Instant.MIN;
    private volatile boolean reachable;

    // quarkus.oidc.auth-server-url is quarkus-oidc's own property, defined and documented by its
    // mapping: a Custodian mapping under quarkus.* would declare it a second time, so it is read
    // by name.
    OidcAvailability(
            OidcConfig config,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") String serverUrl,
            Clock clock) {
        this.config = config;
        this.discovery =
                URI.create(
                        (serverUrl.endsWith("/") ? serverUrl : serverUrl + "/")
                                + ".well-known/openid-configuration");
        this.clock = clock;
    }

    public boolean enabled() {
        return config.enabled();
    }

    public String displayName() {
        return config.displayName();
    }

    public boolean reachable() {
        Instant now = clock.instant();
        if (now.isAfter(checkedAt.plus(RECHECK))) {
            reachable = ask();
            checkedAt = now;
        }
        return reachable;
    }

    private boolean ask() {
        try {
            HttpResponse<Void> answer =
                    http.send(
                            HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build(),
                            HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
