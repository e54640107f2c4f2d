package dev.custodian.privacy;

import jakarta.inject.Inject;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Honours a signed-in browser's opt-out preference signal for the whole account before the page is
 * made. On any method, GET too: the signal only ever stops counting, and the law wants it honoured
 * as it comes.
 */
public class OptOutSignalHonouring {

    @Inject CookieConsent consent;

    @ServerRequestFilter
    public void honour() {
        consent.honourSignal();
    }
}
