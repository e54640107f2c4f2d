package dev.custodian.privacy;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/** Counts a page seen by a browser that agreed to analytics: HTML, GET, 200. */
public class PageViewCounting {

    @Inject CookieConsent consent;

    @Inject PageViews views;

    @ServerResponseFilter
    public void count(
            ContainerRequestContext request,
            ContainerResponseContext response,
            SimpleResourceInfo resource) {
        // the admin area and dev pages are the team's own, not what the site's visitors look at
        String path = request.getUriInfo().getPath();
        if (resource == null
                || path.startsWith("/admin")
                || path.startsWith("/dev")
                || response.getStatus() != 200
                || !HttpMethod.GET.equals(request.getMethod())
                || response.getMediaType() == null
                || !response.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE)
                || !consent.analyticsAllowed()) {
            return;
        }
        views.count(resource.getResourceClass().getSimpleName() + "." + resource.getMethodName());
    }
}
