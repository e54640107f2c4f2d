package dev.custodian.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Expires the flash cookie on the page that shows its message. A page rendered from a Response
 * entity is rendered after this filter, so the test is "a page, not a redirect, answers a request
 * that carried a flash", not "the message was read". Where the session cookie is Secure
 * (production), so is every flash cookie of the response: {@link Flash#redirect} is static and
 * leaves that flag to this filter, which reads the configuration.
 */
// Quarkus REST creates its filters while the application is initialised statically, before the
// runtime configuration (WebConfig) can be read: the client proxy of a normal scope puts off
// creating this one until its first response.
@ApplicationScoped
public class FlashClearing {

    @Inject Flash flash;

    @Inject WebConfig config;

    @ServerResponseFilter
    public void clearShownFlash(ContainerResponseContext response) {
        boolean secure = config.session().secureCookie();
        boolean redirect = response.getStatus() >= 300 && response.getStatus() < 400;
        if (flash.wasShown() || flash.isPending() && !redirect) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, Flash.cookie("", 0, secure));
        }
        if (secure) {
            secureFlashCookies(response.getHeaders());
        }
    }

    /** The response's flash cookie, set by {@link Flash#redirect}, made Secure. */
    private static void secureFlashCookies(MultivaluedMap<String, Object> headers) {
        List<Object> cookies = headers.get(HttpHeaders.SET_COOKIE);
        if (cookies == null) {
            return;
        }
        List<Object> secured = new ArrayList<>(cookies.size());
        for (Object cookie : cookies) {
            secured.add(
                    cookie instanceof NewCookie set && Flash.COOKIE.equals(set.getName())
                            ? Flash.cookie(set.getValue(), set.getMaxAge(), true)
                            : cookie);
        }
        headers.put(HttpHeaders.SET_COOKIE, secured);
    }
}
