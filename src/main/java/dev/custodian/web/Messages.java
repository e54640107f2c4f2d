package dev.custodian.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * A feature's message bundle in this request's language, for text composed in Java (form errors,
 * labels, flash). Each feature owns its bundle (e.g. {@code profile/ProfileMessages}); this class
 * knows none of them.
 */
@RequestScoped
public class Messages {

    @Inject RequestLocale requestLocale;

    /** The bundle in this request's language. */
    public <T> T of(Class<T> bundle) {
        return in(bundle, requestLocale.get());
    }

    /** The bundle in the given language: for mail, written in the recipient's language. */
    public static <T> T in(Class<T> bundle, Locale locale) {
        return MessageBundles.get(bundle, Localized.Literal.of(locale.getLanguage()));
    }

    /** The layout's own bundle in this request's language. */
    public WebMessages web() {
        return of(WebMessages.class);
    }

    public Locale locale() {
        return requestLocale.get();
    }

    String flash(Flash.Message message) {
        return web().flash(message);
    }
}
