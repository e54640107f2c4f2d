package dev.custodian.privacy;

import dev.custodian.communication.Category;
import dev.custodian.communication.ConsentEvent;
import dev.custodian.web.ClientInfo;
import dev.custodian.web.SignedIn;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;

/**
 * This browser's choice about analytics. Custodian's only other cookies are strictly necessary (the
 * session, the CSRF token, the language and this choice itself), so analytics is the one thing
 * asked. {@code Sec-GPC: 1} counts as a refusal whatever the cookie says; sent while signed in, it
 * refuses for the account, in every browser, until the user allows counting again from a browser
 * that sends no signal (11 CCR §7025(c)(1), (c)(3)). Visitors' signals are per browser.
 */
@Named("cookies")
@RequestScoped
public class CookieConsent {

    static final String COOKIE = "custodian_analytics";
    static final String GRANTED = "granted";
    static final String REFUSED = "refused";

    public enum Choice {
        NOT_CHOSEN,
        GRANTED,
        REFUSED,
        GLOBAL_PRIVACY_CONTROL
    }

    /**
     * An earlier "allow" that the account's opt-out signal overrides: the notice says which one.
     */
    public enum Conflict {
        NONE,
        BROWSER,
        ACCOUNT
    }

    @Inject HttpServerRequest request;

    @Inject SecurityIdentity identity;

    @Inject SignedIn signedIn;

    @Inject AccountOptOut optOut;

    @Inject ClientInfo client;

    public Choice choice() {
        if (signalSent()) {
            return Choice.GLOBAL_PRIVACY_CONTROL;
        }
        return cookie();
    }

    /** This browser sends the opt-out preference signal with this request. */
    private boolean signalSent() {
        return "1".equals(request.getHeader("Sec-GPC"));
    }

    /** Page views may be counted, in aggregate. */
    public boolean analyticsAllowed() {
        return choice() == Choice.GRANTED && !accountOptedOut();
    }

    /**
     * The signed-in account's page views are counted in no browser: this request's signal is
     * honoured for it, or an earlier one was.
     */
    public boolean accountOptedOut() {
        return signedIn()
                && (signalSent() || identity.getAttribute(SignedIn.OPT_OUT_SIGNAL_AT) != null);
    }

    /**
     * Honours this request's signal for the signed-in account the first time it comes: a write on
     * that request only, since the identity carries whether it is recorded.
     */
    void honourSignal() {
        if (signalSent()
                && signedIn()
                && identity.getAttribute(SignedIn.OPT_OUT_SIGNAL_AT) == null) {
            optOut.honour(accountId(), client.address());
        }
    }

    /**
     * This browser said "allow": from one without the signal, that lifts the signed-in account's
     * opt-out.
     */
    void allowed() {
        if (canChoose() && accountOptedOut()) {
            optOut.lift(accountId(), client.address());
        }
    }

    /**
     * Which earlier "allow" the account's opt-out overrides: the signal wins (§7025(c)(3)), and the
     * user may be told so. This browser's cookie first; else an "allow" recorded on the account,
     * which is looked up only for an opted-out account.
     */
    public Conflict conflict() {
        if (!accountOptedOut()) {
            return Conflict.NONE;
        }
        if (cookie() == Choice.GRANTED) {
            return Conflict.BROWSER;
        }
        return ConsentEvent.count(
                                "accountId = ?1 and category = ?2 and action = ?3",
                                accountId(),
                                Category.PAGE_VIEWS,
                                ConsentEvent.Action.GRANT)
                        > 0
                ? Conflict.ACCOUNT
                : Conflict.NONE;
    }

    /** A browser sending GPC has answered already; any other may change its answer. */
    public boolean canChoose() {
        return !signalSent();
    }

    /**
     * The layout asks, once, until the browser or the account answers (a GPC signal is an answer).
     */
    public boolean bannerNeeded() {
        return choice() == Choice.NOT_CHOSEN && !accountOptedOut();
    }

    private Choice cookie() {
        Cookie cookie = request.getCookie(COOKIE);
        if (cookie == null) {
            return Choice.NOT_CHOSEN;
        }
        return GRANTED.equals(cookie.getValue()) ? Choice.GRANTED : Choice.REFUSED;
    }

    private UUID accountId() {
        return signedIn.accountId();
    }

    private boolean signedIn() {
        // Error pages can be rendered on the event loop, where the lazy identity lookup may not
        // block.
        return BlockingOperationControl.isBlockingAllowed() && signedIn.present();
    }
}
