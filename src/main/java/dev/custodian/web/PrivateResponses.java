package dev.custodian.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Headers every answer of the portal's own gets: a redirect points at the configured public URL,
 * never at whatever Host header the request carried (a forged one would send the user elsewhere); a
 * page for a signed-in user, or under /account or /admin, is never kept by a browser or proxy
 * cache.
 */
// Quarkus REST creates its filters while the application is initialised statically, before the
// runtime configuration (WebConfig) can be read: the client proxy of a normal scope puts off
// creating this one until its first response.
@ApplicationScoped
public class PrivateResponses {

    private static final String NO_STORE = "no-store";

    @Inject HttpServerRequest request;

    @Inject WebConfig config;

    @ServerResponseFilter
    public void harden(ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location != null) {
            response.getHeaders()
                    .putSingle(HttpHeaders.LOCATION, onBaseUrl(URI.create(location.toString())));
        }
        if (isPrivate()) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, NO_STORE);
        }
    }

    /**
     * The same path and query on the portal's public URL; a redirect to another site stays as it
     * is.
     */
    private String onBaseUrl(URI location) {
        if (location.isAbsolute() && !sameAuthority(location)) {
            return location.toString();
        }
        String pathAndQuery =
                location.getRawPath() == null || location.getRawPath().isEmpty()
                        ? "/"
                        : location.getRawPath();
        if (location.getRawQuery() != null) {
            pathAndQuery += "?" + location.getRawQuery();
        }
        if (location.getRawFragment() != null) {
            pathAndQuery += "#" + location.getRawFragment();
        }
        return BaseUrl.of(config.baseUrl()) + pathAndQuery;
    }

    /**
     * Whether an absolute Location was made from the request's own Host header (as JAX-RS does with
     * a relative one).
     */
    private boolean sameAuthority(URI location) {
        return request.authority() != null
                && request.authority().host().equalsIgnoreCase(location.getHost());
    }

    private boolean isPrivate() {
        String path = request.path();
        return path.equals("/account")
                || path.startsWith("/account/")
                || path.equals("/admin")
                || path.startsWith("/admin/")
                || request.getCookie(config.session().cookieName()) != null;
    }
}
