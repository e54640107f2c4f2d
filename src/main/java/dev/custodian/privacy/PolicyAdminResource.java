package dev.custodian.privacy;

import dev.custodian.manifest.Manifest;
import dev.custodian.web.FormErrors;
import dev.custodian.web.Messages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Publishing a privacy policy version: its summary and full text (Markdown) in every language of
 * the manifest, with a preview that publishes nothing. One that reduces users' rights is emailed to
 * every active account in the same transaction, once the admin has confirmed how many that is, and
 * must be accepted at the next sign-in; one the manifest brought at start-up is emailed when an
 * admin announces it here.
 */
@Path("/admin/policies")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class PolicyAdminResource {

    private static final int UNPROCESSABLE = 422;
    private static final int CONFLICT = 409;
    static final int MAX_VERSION = 30;
    static final int MAX_SUMMARY = 5000;
    static final int MAX_TEXT = 100_000;

    /** The value of the box that confirms a rights-reducing version's emails. */
    static final String CONFIRMED = "yes";

    /**
     * A language's fields as typed.
     *
     * @param name the language's name in the page's language
     * @param preview the text rendered, when the admin asked for a preview and typed one
     */
    public record LanguageFields(
            String language, String name, String summary, String text, RawString preview) {

        /** The same, with its text rendered as the policy's pages will show it. */
        LanguageFields previewed() {
            return new LanguageFields(
                    language,
                    name,
                    summary,
                    text,
                    text.isBlank() ? null : PolicyMarkdown.html(text));
        }

        public String summaryField() {
            return "summary_" + language;
        }

        public String textField() {
            return "text_" + language;
        }
    }

    /**
     * The form as typed, kept when it is refused or previewed.
     *
     * @param confirming whether to ask for the confirmation of the emails
     */
    public record Draft(
            String version,
            List<LanguageFields> languages,
            boolean reducesRights,
            boolean confirming) {}

    /** A published version as the page lists it. */
    public record Listed(
            String version, Instant publishedAt, boolean reducesRights, boolean announced) {

        /** Whether it awaits an announcement: it reduces rights and nobody was emailed yet. */
        public boolean announceable() {
            return reducesRights && !announced;
        }

        public String confirmField() {
            return "confirmed-" + version;
        }
    }

    @CheckedTemplate(basePath = "privacy/PolicyAdminResource")
    static class Templates {
        static native TemplateInstance policies(
                List<Listed> versions, int audience, Draft draft, FormErrors errors, String done);
    }

    @Inject Messages messages;

    @Inject PolicyPublishing publishing;

    @Inject Manifest manifest;

    @GET
    public TemplateInstance page() {
        return view(empty(), new FormErrors(messages.web()), null);
    }

    /**
     * Previews ({@code action=preview}) or publishes the version typed. A rights-reducing one is
     * published only with {@code confirmed=yes}, the box the form shows once the rest is valid.
     */
    @POST
    public Response publish(MultivaluedMap<String, String> form) {
        String action = form.getFirst("action");
        boolean preview = "preview".equals(action);
        if (!preview && action != null && !"publish".equals(action)) {
            throw new BadRequestException();
        }
        PrivacyMessages dmsg = messages.of(PrivacyMessages.class);
        FormErrors errors = new FormErrors(messages.web());
        boolean reducesRights = "true".equals(form.getFirst("reducesRights"));
        List<LanguageFields> typed = fields(form);
        String version = form.getFirst("version");
        if (preview) {
            Draft draft =
                    new Draft(
                            FormErrors.typed(version),
                            typed.stream().map(LanguageFields::previewed).toList(),
                            reducesRights,
                            false);
            return Response.ok(view(draft, errors, null)).build();
        }
        String label = checkedLabel(version, errors, dmsg);
        Map<String, PolicyVersion.Translation> texts = new LinkedHashMap<>();
        for (LanguageFields t : typed) {
            String summary = errors.optionalText(t.summaryField(), t.summary(), MAX_SUMMARY);
            if (summary == null && !errors.has(t.summaryField())) {
                errors.add(t.summaryField(), dmsg.policy_admin_summary_missing(t.name()));
            }
            String text = errors.optionalText(t.textField(), t.text(), MAX_TEXT);
            if (text == null && !errors.has(t.textField())) {
                errors.add(t.textField(), dmsg.policy_admin_text_missing(t.name()));
            }
            texts.put(t.language(), new PolicyVersion.Translation(summary, text));
        }
        boolean confirming = reducesRights && errors.isEmpty();
        if (confirming && !CONFIRMED.equals(form.getFirst("confirmed"))) {
            errors.add("confirmed", dmsg.policy_admin_confirm_missing(publishing.audience()));
        }
        Draft draft = new Draft(FormErrors.typed(version), typed, reducesRights, confirming);
        if (!errors.isEmpty()) {
            return Response.status(UNPROCESSABLE).entity(view(draft, errors, null)).build();
        }
        OptionalInt mailed = publishing.publish(label, texts, reducesRights);
        if (mailed.isEmpty()) {
            errors.add("version", dmsg.policy_admin_version_taken());
            return Response.status(UNPROCESSABLE).entity(view(draft, errors, null)).build();
        }
        return Response.ok(
                        view(
                                empty(),
                                new FormErrors(messages.web()),
                                dmsg.policy_admin_published(label, mailed.getAsInt())))
                .build();
    }

    /**
     * Emails a rights-reducing version that the manifest brought (and so nobody was told of) to
     * every active account, once the admin ticked the box that says how many.
     */
    @POST
    @Path("{version}/announce")
    public Response announce(@RestPath String version, @RestForm String confirmed) {
        PrivacyMessages dmsg = messages.of(PrivacyMessages.class);
        Listed listed =
                versions().stream()
                        .filter(v -> v.version().equals(version))
                        .findFirst()
                        .orElseThrow(NotFoundException::new);
        if (!listed.announceable()) {
            return Response.status(CONFLICT)
                    .entity(view(empty(), new FormErrors(messages.web()), null))
                    .build();
        }
        if (!CONFIRMED.equals(confirmed)) {
            FormErrors errors = new FormErrors(messages.web());
            errors.add(
                    listed.confirmField(),
                    dmsg.policy_admin_confirm_missing(publishing.audience()));
            return Response.status(UNPROCESSABLE).entity(view(empty(), errors, null)).build();
        }
        OptionalInt mailed = publishing.announce(version);
        if (mailed.isEmpty()) {
            return Response.status(CONFLICT)
                    .entity(view(empty(), new FormErrors(messages.web()), null))
                    .build();
        }
        return Response.ok(
                        view(
                                empty(),
                                new FormErrors(messages.web()),
                                dmsg.policy_admin_announced(version, mailed.getAsInt())))
                .build();
    }

    /** The label as typed, checked: present, as manifest.schema.json allows it, and free. */
    private String checkedLabel(String version, FormErrors errors, PrivacyMessages dmsg) {
        String label =
                errors.requiredLine(
                        "version", version, MAX_VERSION, dmsg.policy_admin_version_required());
        if (errors.has("version")) {
            return label;
        }
        if (!PolicyVersion.LABEL.matcher(label).matches()) {
            errors.add("version", dmsg.policy_admin_version_malformed());
        } else if (publishing.versionTaken(label)) {
            errors.add("version", dmsg.policy_admin_version_taken());
        }
        return label;
    }

    private Draft empty() {
        return new Draft("", fields(new MultivaluedHashMap<>()), false, false);
    }

    /** Each language of the manifest's fields, as typed. */
    private List<LanguageFields> fields(MultivaluedMap<String, String> form) {
        Locale page = messages.locale();
        return manifest.locales().stream()
                .map(
                        locale -> {
                            String language = locale.getLanguage();
                            return new LanguageFields(
                                    language,
                                    locale.getDisplayLanguage(page),
                                    FormErrors.typed(form.getFirst("summary_" + language)),
                                    FormErrors.typed(form.getFirst("text_" + language)),
                                    null);
                        })
                .toList();
    }

    private List<Listed> versions() {
        return publishing.published().stream()
                .map(
                        v ->
                                new Listed(
                                        v.version,
                                        v.publishedAt,
                                        v.reducesRights,
                                        v.announcedAt != null))
                .toList();
    }

    private TemplateInstance view(Draft draft, FormErrors errors, String done) {
        return Templates.policies(versions(), publishing.audience(), draft, errors, done);
    }
}
