package dev.custodian.profile;

import dev.custodian.web.Flash;
import dev.custodian.web.LocalPath;
import dev.custodian.web.RequestLocale;
import dev.custodian.web.SignedIn;
import dev.custodian.web.WebConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestForm;

@Path("/language")
public class LanguageResource {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Inject WebConfig web;

    @Inject SignedIn signedIn;

    @Inject ProfileService profiles;

    /**
     * Switches the pages' language, remembers it in this browser and, when signed in, on the
     * account.
     */
    @POST
    public Response choose(@RestForm String lang, @RestForm String next) {
        Locale locale = RequestLocale.supported(lang);
        if (locale == null) {
            throw new BadRequestException();
        }
        if (signedIn.present()) {
            profiles.setLanguage(signedIn.accountId(), locale.getLanguage());
        }
        NewCookie cookie =
                new NewCookie.Builder(RequestLocale.COOKIE)
                        .value(locale.getLanguage())
                        .path("/")
                        .secure(web.session().secureCookie())
                        .httpOnly(true)
                        .sameSite(NewCookie.SameSite.LAX)
                        .maxAge(ONE_YEAR)
                        .build();
        return Response.fromResponse(
                        Flash.redirect(LocalPath.orElse(next, "/"), Flash.Message.LANGUAGE_CHANGED))
                .cookie(cookie)
                .build();
    }
}
