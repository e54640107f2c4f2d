package dev.custodian.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Expires the flash cookie once a page has displayed its message. */
public class FlashClearing {

    @Inject
    Flash flash;

    @ServerResponseFilter
    public void clearShownFlash(ContainerResponseContext response) {
        if (flash.wasShown()) {
            NewCookie expired = new NewCookie.Builder(Flash.COOKIE).value("").path("/").maxAge(0).httpOnly(true).build();
            response.getHeaders().add(HttpHeaders.SET_COOKIE, expired);
        }
    }
}
