package dev.custodian.privacy;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * This browser's choice about analytics. Custodian's only other cookies are strictly necessary
 * (the session, the CSRF token, the language and this choice itself), so analytics is the one
 * thing asked. {@code Sec-GPC: 1} counts as a refusal whatever the cookie says.
 */
@Named("cookies")
@RequestScoped
public class CookieConsent {

    static final String COOKIE = "custodian_analytics";
    static final String GRANTED = "granted";
    static final String REFUSED = "refused";

    public enum Choice {
        NOT_CHOSEN, GRANTED, REFUSED, GLOBAL_PRIVACY_CONTROL
    }

    @Inject
    HttpServerRequest request;

    public Choice choice() {
        if ("1".equals(request.getHeader("Sec-GPC"))) {
            return Choice.GLOBAL_PRIVACY_CONTROL;
        }
        Cookie cookie = request.getCookie(COOKIE);
        if (cookie == null) {
            return Choice.NOT_CHOSEN;
        }
        return GRANTED.equals(cookie.getValue()) ? Choice.GRANTED : Choice.REFUSED;
    }

    /** Page views may be counted, in aggregate. */
    public boolean analyticsAllowed() {
        return choice() == Choice.GRANTED;
    }

    /** A browser sending GPC has answered already; any other may change its answer. */
    public boolean canChoose() {
        return choice() != Choice.GLOBAL_PRIVACY_CONTROL;
    }

    /** The layout asks, once, until the browser answers (a GPC signal is an answer). */
    public boolean bannerNeeded() {
        return choice() == Choice.NOT_CHOSEN;
    }
}
