package dev.custodian.privacy;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Counts a page seen by a browser that agreed to analytics: HTML, GET, 200. A page is named by the
 * path template of its resource method ({@code /p/{handle}}), never by the address it was asked
 * for, so that no handle or token is recorded.
 */
public class PageViewCounting {

    /** The path template of each resource method, made once from its annotations. */
    private static final Map<Method, String> TEMPLATES = new ConcurrentHashMap<>();

    @Inject CookieConsent consent;

    @Inject PageViews views;

    @ServerResponseFilter
    public void count(
            ContainerRequestContext request,
            ContainerResponseContext response,
            ResourceInfo resource) {
        // the admin area and dev pages are the team's own, not what the site's visitors look at
        String path = request.getUriInfo().getPath();
        if (resource == null
                || resource.getResourceMethod() == null
                || path.startsWith("/admin")
                || path.startsWith("/dev")
                || response.getStatus() != 200
                || !HttpMethod.GET.equals(request.getMethod())
                || response.getMediaType() == null
                || !response.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE)
                || !consent.analyticsAllowed()) {
            return;
        }
        views.count(
                TEMPLATES.computeIfAbsent(
                        resource.getResourceMethod(),
                        method -> template(resource.getResourceClass(), method)));
    }

    /**
     * The class's {@code @Path} and the method's, joined with one slash, each parameter's regular
     * expression left out: {@code /account/data/{id}/archive}.
     */
    static String template(Class<?> resourceClass, Method method) {
        StringBuilder template = new StringBuilder();
        for (Path path :
                new Path[] {
                    resourceClass.getAnnotation(Path.class), method.getAnnotation(Path.class)
                }) {
            if (path == null) {
                continue;
            }
            for (String segment : path.value().split("/")) {
                if (!segment.isEmpty()) {
                    template.append('/')
                            .append(segment.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}"));
                }
            }
        }
        return template.isEmpty() ? "/" : template.toString();
    }
}
