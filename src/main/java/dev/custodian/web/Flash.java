package dev.custodian.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;

/**
 * One-shot messages shown on the page after a redirect. The cookie carries only the name of a known
 * message, never anything the user typed, and is cleared once a page has shown it.
 */
@RequestScoped
public class Flash {

    static final String COOKIE = "custodian_flash";

    /** The messages a redirect can carry; each has its text in the message bundle. */
    public enum Message {
        SIGNED_IN,
        LANGUAGE_CHANGED,
        EMAIL_VERIFIED,
        VERIFICATION_SENT,
        PASSWORD_CHANGED,
        PASSWORD_RESET,
        TWO_FACTOR_DISABLED,
        SESSION_ENDED,
        OTHER_SESSIONS_ENDED,
        EMAIL_CHANGE_SENT,
        EMAIL_CHANGED,
        EMAIL_REVERTED,
        PROFILE_SAVED,
        EXPERIENCE_MOVED,
        PHOTO_SAVED,
        PHOTO_REMOVED,
        PRODUCT_TERMINATED,
        ACCOUNT_REOPENED,
        ADMIN_SAVED,
        PREFERENCES_SAVED,
        CAMPAIGN_SENDING,
        CAMPAIGN_DELETED,
        CAMPAIGN_TEST_SENT,
        VISIBILITY_SAVED,
        EXPORT_REQUESTED,
        COOKIES_SAVED,
        POLICY_ACCEPTED,
        REPORT_SENT,
        IDENTITY_LINKED,
        IDENTITY_UNLINKED,
        PASSKEY_ADDED,
        PASSKEY_RENAMED,
        PASSKEY_REMOVED,
        PASSWORD_REMOVED,
        MAIL_SENT_AGAIN
    }

    @Inject HttpServerRequest request;

    @Inject Messages messages;

    private boolean shown;

    /**
     * A 303 to {@code location} that shows {@code message} on the page it leads to. Static, so that
     * any resource can answer with it; {@link FlashClearing} makes the cookie Secure where the
     * configuration says so.
     */
    public static Response redirect(String location, Message message) {
        NewCookie cookie = cookie(message.name(), 60, false);
        return Response.seeOther(URI.create(location)).cookie(cookie).build();
    }

    /** The flash cookie, with the attributes it always has. */
    static NewCookie cookie(String value, int maxAge, boolean secure) {
        return new NewCookie.Builder(COOKIE)
                .value(value)
                .path("/")
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.LAX)
                .maxAge(maxAge)
                .build();
    }

    /** The text of the pending message, or null; marks it as shown so that it is cleared. */
    public String text() {
        Message message = pending();
        if (message == null) {
            return null;
        }
        shown = true;
        return messages.flash(message);
    }

    boolean isPending() {
        return pending() != null;
    }

    boolean wasShown() {
        return shown;
    }

    private Message pending() {
        Cookie cookie = request.getCookie(COOKIE);
        if (cookie == null) {
            return null;
        }
        return Arrays.stream(Message.values())
                .filter(m -> m.name().equals(cookie.getValue()))
                .findFirst()
                .orElse(null);
    }
}
