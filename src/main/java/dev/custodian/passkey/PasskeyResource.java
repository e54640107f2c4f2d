package dev.custodian.passkey;

import dev.custodian.auth.StepUp;
import dev.custodian.web.ClientInfo;
import dev.custodian.web.Flash;
import dev.custodian.web.Messages;
import dev.custodian.web.SignedIn;
import dev.custodian.web.UserAgents;
import dev.custodian.web.WithScript;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The account's passkeys, from the security page: adding one (after a fresh proof of identity),
 * renaming and removing one. Creating the passkey itself needs the page's script; everything else
 * works without it.
 */
@Path("/account/security/passkeys")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class PasskeyResource {

    private static final int UNPROCESSABLE = 422;
    private static final String ADD = "/account/security/passkeys/add";

    @CheckedTemplate(basePath = "passkey/PasskeyResource")
    static class Templates {
        static native TemplateInstance add(String name, String error);

        static native TemplateInstance rename(UUID id, String name, String error);

        static native TemplateInstance refused(String message);
    }

    @Inject PasskeyService passkeys;

    @Inject StepUp stepUp;

    @Inject SignedIn signedIn;

    @Inject Messages messages;

    @Inject ClientInfo client;

    @Inject UserAgents userAgents;

    /** The page that creates a passkey, named as typed or after this device. */
    @POST
    @Path("add")
    @WithScript
    public Response add(@RestForm String name) {
        Map<String, String> typed = new HashMap<>();
        typed.put("name", name);
        Optional<Response> stepUpFirst = stepUp.require(ADD, typed);
        if (stepUpFirst.isPresent()) {
            return stepUpFirst.get();
        }
        String named = name == null || name.isBlank() ? deviceName() : name.strip();
        return Response.ok(Templates.add(named, null)).build();
    }

    /** WebAuthn's options to create a passkey with (JSON), while the step-up is fresh. */
    @POST
    @Path("options")
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public Response options() {
        if (!stepUp.isRecent()) {
            return Problems.of(Response.Status.FORBIDDEN, texts().error_step_up_expired());
        }
        return Problems.options(
                () -> passkeys.registrationOptions(signedIn.accountId(), signedIn.sessionId()),
                texts().error_too_many());
    }

    /** Stores the passkey the browser created, then goes back to the security page. */
    @POST
    @WithScript
    public Response register(@RestForm String response, @RestForm String name) {
        if (!stepUp.isRecent()) {
            Map<String, String> typed = new HashMap<>();
            typed.put("name", name);
            return stepUp.require(ADD, typed).orElseThrow();
        }
        String named = name == null || name.isBlank() ? deviceName() : name.strip();
        if (named.length() > Passkey.MAX_NAME) {
            return again(UNPROCESSABLE, named, texts().error_name_too_long(Passkey.MAX_NAME));
        }
        if (response == null || response.isBlank()) {
            return again(
                    Response.Status.BAD_REQUEST.getStatusCode(), named, texts().error_no_answer());
        }
        PasskeyService.Added added;
        try {
            added =
                    passkeys.register(
                            signedIn.accountId(),
                            signedIn.sessionId(),
                            response,
                            named,
                            client.address(),
                            client.userAgent());
        } catch (Ceremonies.Malformed unreadable) {
            return again(
                    Response.Status.BAD_REQUEST.getStatusCode(), named, texts().error_no_answer());
        }
        return switch (added) {
            case ADDED -> Flash.redirect("/account/security", Flash.Message.PASSKEY_ADDED);
            case ALREADY_REGISTERED ->
                    again(
                            Response.Status.CONFLICT.getStatusCode(),
                            named,
                            texts().error_already_registered());
            case REFUSED -> again(UNPROCESSABLE, named, texts().error_not_verified());
        };
    }

    /** A form to rename one of the account's passkeys. */
    @GET
    @Path("{id}/rename")
    public TemplateInstance renameForm(@RestPath UUID id) {
        Passkey passkey = mine(id);
        return Templates.rename(id, passkey.name, null);
    }

    /** Renames the passkey; a blank or overlong name shows the form again. */
    @POST
    @Path("{id}/rename")
    public Response rename(@RestPath UUID id, @RestForm String name) {
        mine(id);
        String named = name == null ? "" : name.strip();
        String error =
                named.isEmpty()
                        ? texts().error_name_required()
                        : named.length() > Passkey.MAX_NAME
                                ? texts().error_name_too_long(Passkey.MAX_NAME)
                                : null;
        if (error != null) {
            return Response.status(UNPROCESSABLE)
                    .entity(Templates.rename(id, name == null ? "" : name, error))
                    .build();
        }
        if (!passkeys.rename(signedIn.accountId(), id, named)) {
            throw new NotFoundException();
        }
        return Flash.redirect("/account/security", Flash.Message.PASSKEY_RENAMED);
    }

    /** Removes the passkey after a fresh proof of identity, unless it is the last way in. */
    @POST
    @Path("{id}/remove")
    public Response remove(@RestPath UUID id) {
        mine(id);
        Optional<Response> stepUpFirst =
                stepUp.require("/account/security/passkeys/" + id + "/remove", Map.of());
        if (stepUpFirst.isPresent()) {
            return stepUpFirst.get();
        }
        return switch (passkeys.remove(
                signedIn.accountId(), id, client.address(), client.userAgent())) {
            case REMOVED -> Flash.redirect("/account/security", Flash.Message.PASSKEY_REMOVED);
            case NOT_FOUND -> throw new NotFoundException();
            case LAST_WAY_IN ->
                    Response.status(Response.Status.CONFLICT)
                            .entity(Templates.refused(texts().error_last_way_in()))
                            .build();
        };
    }

    /** The account's passkey; another account's answers 404, exactly like a missing one. */
    private Passkey mine(UUID id) {
        return passkeys.of(signedIn.accountId()).stream()
                .filter(p -> p.id.equals(id))
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private Response again(int status, String name, String error) {
        return Response.status(status).entity(Templates.add(name, error)).build();
    }

    /** The device's description ("Firefox 128 · Ubuntu"), cut to fit a name. */
    private String deviceName() {
        String described = userAgents.describe(client.userAgent());
        String name = described == null ? texts().default_name() : described;
        return name.length() > Passkey.MAX_NAME ? name.substring(0, Passkey.MAX_NAME) : name;
    }

    private PasskeyMessages texts() {
        return messages.of(PasskeyMessages.class);
    }
}
