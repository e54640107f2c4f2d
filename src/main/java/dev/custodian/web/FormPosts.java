package dev.custodian.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A change outside the JSON API ({@code /api/}, whose calls carry a key, not cookies) must come as
 * a form, which quarkus-rest-csrf checks for its token. The CSRF filter would refuse other bodies
 * itself, but its {@code require-form-url-encoded} is off so that the API's JSON gets through:
 * without this, a cross-site {@code text/plain} POST, which a browser sends with the portal's
 * cookies and no preflight, would reach a form's action unchecked.
 */
public class FormPosts {

    private static final Set<String> SAFE =
            Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @ServerRequestFilter
    public Optional<Response> onlyForms(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())
                || request.getUriInfo().getPath().startsWith("/api/")
                || isForm(request.getMediaType())) {
            return Optional.empty();
        }
        return Optional.of(Response.status(Response.Status.BAD_REQUEST).build());
    }

    private static boolean isForm(MediaType type) {
        return type != null
                && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
