package dev.custodian.web;

import dev.custodian.manifest.Manifest;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/**
 * The language of this request's pages: the signed-in account's choice, else the language switch's
 * cookie, else Accept-Language, else the manifest's first language; only languages the manifest
 * offers.
 */
@RequestScoped
public class RequestLocale {

    public static final String COOKIE = "custodian_lang";
    public static final String LOCALE_ATTRIBUTE = "locale";

    @Inject HttpServerRequest request;

    @Inject SecurityIdentity identity;

    private Locale resolved;

    public Locale get() {
        if (resolved == null) {
            resolved = resolve();
        }
        return resolved;
    }

    public String tag() {
        return get().getLanguage();
    }

    /** The languages the manifest offers, the default first. */
    public static List<Locale> offered() {
        return Arc.container().instance(Manifest.class).get().locales();
    }

    /** An offered locale for a language tag, or null when the tag is not one we offer. */
    public static Locale supported(String tag) {
        if (tag == null) {
            return null;
        }
        return offered().stream().filter(l -> l.getLanguage().equals(tag)).findFirst().orElse(null);
    }

    private Locale resolve() {
        // The identity is looked up lazily; error pages rendered on the event loop must not block.
        if (BlockingOperationControl.isBlockingAllowed() && !identity.isAnonymous()) {
            Locale chosen = supported(identity.getAttribute(LOCALE_ATTRIBUTE));
            if (chosen != null) {
                return chosen;
            }
        }
        return withoutAccount(request);
    }

    /**
     * The language switch's cookie, else Accept-Language: for answers given on the event loop,
     * before anyone is known.
     */
    public static Locale withoutAccount(HttpServerRequest request) {
        Cookie cookie = request.getCookie(COOKIE);
        if (cookie != null && supported(cookie.getValue()) != null) {
            return supported(cookie.getValue());
        }
        return negotiate(request.getHeader("Accept-Language"));
    }

    /**
     * The best offered language for an Accept-Language header, the manifest's default when none
     * fits.
     */
    public static Locale negotiate(String accept) {
        List<Locale> offered = offered();
        if (accept != null) {
            try {
                Locale match = Locale.lookup(Locale.LanguageRange.parse(accept), offered);
                if (match != null) {
                    return match;
                }
            } catch (IllegalArgumentException malformedHeader) {
                // fall through to the default
            }
        }
        return offered.get(0);
    }
}
