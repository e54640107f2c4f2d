package dev.custodian.api;

import dev.custodian.web.Flash;
import dev.custodian.web.FormErrors;
import dev.custodian.web.Messages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Admins make and revoke the API's keys: a key is shown once, on the page that follows its creation
 * (under /admin, so never cached), and only its hash is kept.
 */
@Path("/admin/api-keys")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class ApiKeysResource {

    private static final int UNPROCESSABLE = 422;

    /** What was typed in the form, kept when it is refused. */
    public record Typed(String name, Set<String> scopes, String expiresOn) {
        static final Typed EMPTY = new Typed("", Set.of(), "");
    }

    @CheckedTemplate(basePath = "api/ApiKeysResource")
    static class Templates {
        static native TemplateInstance keys(
                List<ApiKey> keys,
                Map<ApiScope, String> scopes,
                Typed typed,
                FormErrors errors,
                Instant now);

        static native TemplateInstance created(ApiKey key, String secret);
    }

    @Inject ApiKeys keys;

    @Inject Messages messages;

    @Inject Clock clock;

    /** The keys, newest first, and the form for a new one. */
    @GET
    public TemplateInstance list() {
        return page(Typed.EMPTY, new FormErrors(messages.web()));
    }

    /** Makes a key and shows it, this once. */
    @POST
    public Response create(
            @RestForm String name, @RestForm List<String> scopes, @RestForm String expiresOn) {
        ApiMessages texts = messages.of(ApiMessages.class);
        FormErrors errors = new FormErrors(messages.web());
        String cleanName = errors.requiredLine("name", name, 100, texts.key_name_required());
        Set<ApiScope> chosen = EnumSet.noneOf(ApiScope.class);
        boolean unknownScope = false;
        for (String scope : scopes == null ? List.<String>of() : scopes) {
            var found = ApiScope.byWireName(scope);
            found.ifPresent(chosen::add);
            unknownScope |= found.isEmpty();
        }
        if (chosen.isEmpty() || unknownScope) {
            errors.add("scopes", texts.key_scopes_required());
        }
        Instant expiresAt = null;
        String cleanExpiry = errors.optionalLine("expiresOn", expiresOn, 10);
        if (cleanExpiry != null && !errors.has("expiresOn")) {
            try {
                LocalDate day = LocalDate.parse(cleanExpiry);
                if (day.isAfter(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))) {
                    expiresAt = day.atStartOfDay(ZoneOffset.UTC).toInstant();
                }
            } catch (DateTimeParseException e) {
                // reported below, like a day in the past
            }
            if (expiresAt == null) {
                errors.add("expiresOn", texts.key_expiry_invalid());
            }
        }
        if (!errors.isEmpty()) {
            Typed typed =
                    new Typed(
                            FormErrors.typed(name),
                            scopes == null ? Set.of() : Set.copyOf(scopes),
                            FormErrors.typed(expiresOn));
            return Response.status(UNPROCESSABLE).entity(page(typed, errors)).build();
        }
        ApiKeys.NewKey made = keys.create(cleanName, chosen, expiresAt);
        return Response.ok(Templates.created(made.key(), made.secret())).build();
    }

    /** Revokes a key: every call with it is refused from now on. */
    @POST
    @Path("{id}/revoke")
    public Response revoke(@RestPath UUID id) {
        if (!keys.revoke(id)) {
            throw new NotFoundException();
        }
        return Flash.redirect("/admin/api-keys", Flash.Message.ADMIN_SAVED);
    }

    private TemplateInstance page(Typed typed, FormErrors errors) {
        ApiMessages texts = messages.of(ApiMessages.class);
        Map<ApiScope, String> scopes = new EnumMap<>(ApiScope.class);
        for (ApiScope scope : ApiScope.values()) {
            scopes.put(scope, texts.scope(scope));
        }
        return Templates.keys(keys.all(), scopes, typed, errors, clock.instant());
    }
}
