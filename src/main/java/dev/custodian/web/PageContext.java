package dev.custodian.web;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/** What the layout shows around every page: who is signed in, the language, a flash message. */
@Named("page")
@RequestScoped
public class PageContext {

    /** Identity attribute carrying the signed-in user's first name, for the menu. */
    public static final String FIRST_NAME_ATTRIBUTE = "firstName";

    /** Identity attribute: whether the signed-in user's email address is verified. */
    public static final String EMAIL_VERIFIED_ATTRIBUTE = "emailVerified";

    /** Where quarkus-rest-csrf leaves this request's token. */
    private static final String CSRF_TOKEN_ATTRIBUTE = "csrf_token";

    @Inject SecurityIdentity identity;

    @Inject RequestLocale locale;

    @Inject Flash flash;

    @Inject ClientInfo client;

    @Inject CurrentVertxRequest request;

    /** The signed-in user's first name, or null for a visitor. */
    public String viewerName() {
        // Error pages can be rendered on the event loop, where the lazy identity lookup may not
        // block.
        if (!BlockingOperationControl.isBlockingAllowed() || identity.isAnonymous()) {
            return null;
        }
        return identity.getAttribute(FIRST_NAME_ATTRIBUTE);
    }

    /** The viewer may open the admin area. */
    public boolean admin() {
        return viewerName() != null && identity.hasRole("admin");
    }

    /**
     * True for a signed-in user whose address is not verified yet: the layout shows a banner that
     * sends the link again. Not on the page of a link being confirmed, where sending another would
     * void the one the user is about to use.
     */
    public boolean unverified() {
        return viewerName() != null
                && Boolean.FALSE.equals(identity.getAttribute(EMAIL_VERIFIED_ATTRIBUTE))
                && !client.pathAndQuery().startsWith("/verify-email");
    }

    public String lang() {
        return locale.tag();
    }

    /** This page's language, for texts of the manifest ({@code text.in(inject:page.locale)}). */
    public Locale locale() {
        return locale.get();
    }

    /** A language the switch offers: its tag and its name in itself ("Français"). */
    public record Language(String tag, String name) {

        public static Language of(Locale locale) {
            String name = locale.getDisplayLanguage(locale);
            return new Language(
                    locale.getLanguage(),
                    name.substring(0, 1).toUpperCase(locale) + name.substring(1));
        }
    }

    /** The languages the manifest offers, for the switch; it shows only when there are two. */
    public List<Language> languages() {
        return RequestLocale.offered().stream().map(Language::of).toList();
    }

    /** This page's path, for the language switch to come back to. */
    public String path() {
        return LocalPath.orElse(client.pathAndQuery(), "/");
    }

    /**
     * False on a response the CSRF filter never saw (a refused request, an unknown path): such a
     * page has no token to put in its forms, so the layout leaves them out.
     */
    public boolean formsEnabled() {
        return request.getCurrent().get(CSRF_TOKEN_ATTRIBUTE) != null;
    }

    public String flash() {
        return flash.text();
    }
}
