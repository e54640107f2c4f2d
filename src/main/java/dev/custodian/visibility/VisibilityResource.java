package dev.custodian.visibility;

import dev.custodian.manifest.Manifest;
import dev.custodian.web.ClientInfo;
import dev.custodian.web.Flash;
import dev.custodian.web.Messages;
import dev.custodian.web.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code /account/visibility}: who may see each profile detail, and whether search engines may
 * index the page.
 */
@Path("/account/visibility")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class VisibilityResource {

    /** A detail and the level chosen for it. */
    public record Row(String slug, String label, String level) {}

    @CheckedTemplate(basePath = "visibility/VisibilityResource")
    static class Templates {
        static native TemplateInstance visibility(
                List<Row> rows,
                boolean indexable,
                String handle,
                String confirm,
                boolean publicProfiles);
    }

    @Inject Visibility visibility;

    @Inject SignedIn signedIn;

    @Inject Messages messages;

    @Inject ClientInfo client;

    @Inject Manifest manifest;

    @GET
    public TemplateInstance page() {
        offered();
        Visibility.Settings settings = visibility.settings(signedIn.accountId());
        return render(settings.levels(), settings.indexable(), settings.handle(), null);
    }

    /**
     * Saves the levels. Making the email or the phone public takes a second, explicit yes: the page
     * comes back with what was chosen and says what it means.
     */
    @POST
    public Response save(MultivaluedMap<String, String> form) {
        offered();
        UUID accountId = signedIn.accountId();
        Map<ProfileField, Level> chosen = new EnumMap<>(ProfileField.class);
        for (ProfileField field : ProfileField.values()) {
            String value = form.getFirst(field.slug());
            Level level =
                    levels().stream()
                            .filter(l -> l.name().equals(value))
                            .findFirst()
                            .orElseThrow(
                                    () -> new BadRequestException("unknown level for " + field));
            chosen.put(field, level);
        }
        boolean indexable = publicProfiles() && form.containsKey("indexable");
        Visibility.Outcome outcome =
                visibility.save(
                        accountId,
                        chosen,
                        indexable,
                        form.containsKey("confirmPublic"),
                        client.address(),
                        client.userAgent());
        if (outcome instanceof Visibility.ConfirmPublic confirm) {
            String fields =
                    confirm.fields().stream().map(this::label).collect(Collectors.joining(", "));
            return Response.ok(
                            render(
                                    chosen,
                                    indexable,
                                    visibility.settings(accountId).handle(),
                                    fields))
                    .build();
        }
        return Flash.redirect("/account/visibility", Flash.Message.VISIBILITY_SAVED);
    }

    private TemplateInstance render(
            Map<ProfileField, Level> levels, boolean indexable, String handle, String confirm) {
        List<Row> rows =
                Arrays.stream(ProfileField.values())
                        .map(f -> new Row(f.slug(), label(f), shown(levels.get(f)).name()))
                        .toList();
        return Templates.visibility(rows, indexable, handle, confirm, publicProfiles());
    }

    /**
     * Choices about who sees what exist while someone else can see a profile: anyone (public
     * profiles) or members (members search).
     */
    private void offered() {
        if (!manifest.profiles().choices()) {
            throw new NotFoundException();
        }
    }

    private boolean publicProfiles() {
        return manifest.profiles().publicProfiles();
    }

    /** The levels a user may choose: "anyone" only where the company offers public profiles. */
    private List<Level> levels() {
        return publicProfiles() ? List.of(Level.values()) : List.of(Level.MEMBERS, Level.PRIVATE);
    }

    /** A level as the page shows it: "anyone" reads as members where no one else sees profiles. */
    private Level shown(Level level) {
        return level == Level.PUBLIC && !publicProfiles() ? Level.MEMBERS : level;
    }

    private String label(ProfileField field) {
        return messages.of(VisibilityMessages.class).field(field);
    }
}
