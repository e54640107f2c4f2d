package dev.custodian.privacy;

import dev.custodian.manifest.Manifest;
import dev.custodian.web.Flash;
import dev.custodian.web.LocalPath;
import dev.custodian.web.RequestLocale;
import dev.custodian.web.WebConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path(PrivacyResource.PATH)
@Produces(MediaType.TEXT_HTML)
public class PrivacyResource {

    static final String PATH = "/privacy";

    private static final int ONE_YEAR = 365 * 24 * 3600;

    /** A published version as the list of versions shows it. */
    public record Listed(
            String version,
            String published,
            boolean reducesRights,
            boolean inForce,
            boolean first) {}

    /**
     * Who is responsible for the data, as the manifest says.
     *
     * @param dataProtectionContact null when the manifest names none
     * @param authorityUrl null when the manifest gives none
     */
    public record Controller(
            String name,
            String address,
            String contact,
            String dataProtectionContact,
            String authority,
            String authorityUrl) {}

    /**
     * A version of the policy as its page shows it.
     *
     * @param language the text's language, which may differ from the page's when the version has no
     *     text in the page's language
     * @param previous the label of the version before it, or null for the first
     */
    public record Page(
            String version,
            String published,
            boolean reducesRights,
            boolean inForce,
            String language,
            String summary,
            RawString text,
            String previous,
            Controller controller,
            List<Listed> versions) {}

    /**
     * What changed between two versions, in one language.
     *
     * @param from the older version compared, or null when {@code to} is the first version
     */
    public record Comparison(
            Listed from,
            Listed to,
            String language,
            List<PolicyChanges.Row> rows,
            List<Listed> versions) {}

    @CheckedTemplate(basePath = "privacy/PrivacyResource")
    static class Templates {
        static native TemplateInstance version(Page page, boolean home);

        static native TemplateInstance changes(Comparison comparison);
    }

    @Inject Clock clock;

    @Inject RequestLocale locale;

    @Inject WebConfig web;

    @Inject CookieConsent consent;

    @Inject Manifest manifest;

    /**
     * The privacy policy in force, in full and in the page's language, who is responsible, the
     * cookies, and every version published.
     */
    @GET
    public TemplateInstance current() {
        return Templates.version(page(PolicyVersion.current(clock.instant())), true);
    }

    /** A version, in force or not, at its own address. */
    @GET
    @Path("{version}")
    public TemplateInstance version(@RestPath String version) {
        return Templates.version(page(published(version)), false);
    }

    /**
     * What changed in a version's text: from the version before it, or from the version {@code
     * from}.
     */
    @GET
    @Path("{version}/changes")
    public TemplateInstance changes(@RestPath String version, @RestQuery String from) {
        PolicyVersion to = published(version);
        List<Listed> versions = versions();
        Optional<PolicyVersion> older =
                from == null
                        ? previous(versions, to).map(this::published)
                        : Optional.of(published(from));
        String newer = to.text(locale.get(), manifest.locales()).body();
        return Templates.changes(
                new Comparison(
                        older.map(o -> listed(versions, o)).orElse(null),
                        listed(versions, to),
                        to.language(locale.get(), manifest.locales()),
                        older.map(
                                        o ->
                                                PolicyChanges.between(
                                                        o.text(locale.get(), manifest.locales())
                                                                .body(),
                                                        newer))
                                .orElse(List.of()),
                        versions));
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

    /** The published version with this label: 400 for what cannot be a label, 404 for none. */
    private PolicyVersion published(String label) {
        if (label == null || !PolicyVersion.LABEL.matcher(label).matches()) {
            throw new BadRequestException();
        }
        return PolicyVersion.published(label, clock.instant()).orElseThrow(NotFoundException::new);
    }

    private Page page(PolicyVersion policy) {
        List<Listed> versions = versions();
        Listed listed = listed(versions, policy);
        PolicyVersion.Translation text = policy.text(locale.get(), manifest.locales());
        return new Page(
                policy.version,
                listed.published(),
                policy.reducesRights,
                listed.inForce(),
                policy.language(locale.get(), manifest.locales()),
                text.summary(),
                PolicyMarkdown.html(text.body()),
                previous(versions, policy).orElse(null),
                controller(),
                versions);
    }

    private Controller controller() {
        Manifest.Controller controller = manifest.controller();
        return new Controller(
                controller.name(),
                controller.address(),
                controller.contact(),
                controller.dataProtectionContact(),
                controller.supervisoryAuthority().name().in(locale.get()),
                controller.supervisoryAuthority().url());
    }

    /** Every version published, the latest (the one in force) first. */
    private List<Listed> versions() {
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale.get())
                        .withZone(ZoneOffset.UTC);
        List<PolicyVersion> published = PolicyVersion.published(clock.instant());
        List<Listed> listed = new ArrayList<>();
        for (int i = 0; i < published.size(); i++) {
            PolicyVersion v = published.get(i);
            listed.add(
                    new Listed(
                            v.version,
                            format.format(v.publishedAt),
                            v.reducesRights,
                            i == 0,
                            i == published.size() - 1));
        }
        return listed;
    }

    private static Listed listed(List<Listed> versions, PolicyVersion policy) {
        return versions.stream()
                .filter(v -> v.version().equals(policy.version))
                .findFirst()
                .orElseThrow();
    }

    /** The label of the version published before this one. */
    private static Optional<String> previous(List<Listed> versions, PolicyVersion policy) {
        int at = versions.indexOf(listed(versions, policy));
        return at + 1 < versions.size()
                ? Optional.of(versions.get(at + 1).version())
                : Optional.empty();
    }
}
