package dev.custodian.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Expires the flash cookie on the page that shows its message. A page rendered from a Response
 * entity is rendered after this filter, so the test is "a page, not a redirect, answers a request
 * that carried a flash", not "the message was read".
 */
public class FlashClearing {

    @Inject Flash flash;

    @ServerResponseFilter
    public void clearShownFlash(ContainerResponseContext response) {
        boolean redirect = response.getStatus() >= 300 && response.getStatus() < 400;
        if (flash.wasShown() || flash.isPending() && !redirect) {
            NewCookie expired = Flash.cookie().value("").maxAge(0).build();
            response.getHeaders().add(HttpHeaders.SET_COOKIE, expired);
        }
    }
}
