package dev.custodian.privacy;

import dev.custodian.web.Flash;
import dev.custodian.web.LocalPath;
import dev.custodian.web.RequestLocale;
import dev.custodian.web.WebConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

@Path("/privacy")
@Produces(MediaType.TEXT_HTML)
public class PrivacyResource {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    /** A published version as the page lists it. */
    public record Version(
            String version,
            String published,
            boolean reducesRights,
            String summary,
            boolean current) {}

    @CheckedTemplate(basePath = "privacy/PrivacyResource")
    static class Templates {
        static native TemplateInstance current(
                PolicyVersion policy, String summary, List<Version> versions);
    }

    @Inject Clock clock;

    @Inject RequestLocale locale;

    @Inject WebConfig web;

    @Inject CookieConsent consent;

    /**
     * The privacy policy in force, in the page's language, and every version published before it.
     */
    @GET
    public TemplateInstance current() {
        PolicyVersion policy = PolicyVersion.current(clock.instant());
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale.get())
                        .withZone(ZoneOffset.UTC);
        List<Version> versions =
                PolicyVersion.published(clock.instant()).stream()
                        .map(
                                v ->
                                        new Version(
                                                v.version,
                                                format.format(v.publishedAt),
                                                v.reducesRights,
                                                v.summary(locale.get()),
                                                v.id.equals(policy.id)))
                        .toList();
        return Templates.current(policy, policy.summary(locale.get()), versions);
    }

    /**
     * Remembers this browser's answer about analytics for a year; GPC still wins over a "yes". A
     * "yes" from a browser without the signal lifts the signed-in account's opt-out too.
     */
    @POST
    @Path("cookies")
    public Response chooseCookies(@RestForm String analytics, @RestForm String next) {
        if (!CookieConsent.GRANTED.equals(analytics) && !CookieConsent.REFUSED.equals(analytics)) {
            throw new BadRequestException();
        }
        if (CookieConsent.GRANTED.equals(analytics)) {
            consent.allowed();
        }
        NewCookie cookie =
                new NewCookie.Builder(CookieConsent.COOKIE)
                        .value(analytics)
                        .path("/")
                        .httpOnly(true)
                        .secure(web.session().secureCookie())
                        .sameSite(NewCookie.SameSite.LAX)
                        .maxAge(ONE_YEAR)
                        .build();
        return Response.fromResponse(
                        Flash.redirect(LocalPath.orElse(next, "/"), Flash.Message.COOKIES_SAVED))
                .cookie(cookie)
                .build();
    }
}
