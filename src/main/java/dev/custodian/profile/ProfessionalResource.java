package dev.custodian.profile;

import dev.custodian.web.ClientInfo;
import dev.custodian.web.Flash;
import dev.custodian.web.FormErrors;
import dev.custodian.web.Messages;
import dev.custodian.web.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;

@Path("/account/profile/professional")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ProfessionalResource {

    private static final String PAGE = "/account/profile/professional";
    private static final int UNPROCESSABLE = 422;
    private static final int CONFLICT = 409;

    @CheckedTemplate(basePath = "profile/ProfessionalResource")
    static class Templates {
        static native TemplateInstance professional(
                ProfessionalForm form,
                FormErrors errors,
                ProfessionalForm saved,
                List<Experience> experiences,
                ExperienceForm experience,
                FormErrors experienceErrors);

        static native TemplateInstance experience(
                UUID id, ExperienceForm form, FormErrors errors, ExperienceForm saved);
    }

    @Inject SignedIn signedIn;

    @Inject ProfileService profiles;

    @Inject Messages messages;

    @Inject ClientInfo client;

    @Inject Clock clock;

    /** Handle, headline, city, about, and the experiences in their order. */
    @GET
    public TemplateInstance professional() {
        return page(
                ProfessionalForm.of(Profile.findById(signedIn.accountId())),
                none(),
                null,
                new ExperienceForm(),
                none());
    }

    /** Saves the professional details; a handle is unique whatever its case. */
    @POST
    public Response save(@BeanParam ProfessionalForm form) {
        FormErrors errors = form.validate(messages.web(), messages.of(ProfileMessages.class));
        UUID accountId = signedIn.accountId();
        if (form.handle != null && !errors.has("handle")) {
            Profile holder = Profile.findByHandle(form.handle).orElse(null);
            if (holder != null && !holder.accountId.equals(accountId)) {
                errors.add("handle", messages.of(ProfileMessages.class).error_handle_taken());
            }
        }
        if (!errors.isEmpty()) {
            return Response.status(UNPROCESSABLE)
                    .entity(page(form, errors, null, new ExperienceForm(), none()))
                    .build();
        }
        boolean saved =
                profiles.saveProfessional(accountId, form, client.address(), client.userAgent());
        if (!saved) {
            errors.add("version", messages.of(ProfileMessages.class).error_changed_meanwhile());
            return Response.status(CONFLICT)
                    .entity(
                            page(
                                    form,
                                    errors,
                                    ProfessionalForm.of(Profile.findById(accountId)),
                                    new ExperienceForm(),
                                    none()))
                    .build();
        }
        return Flash.redirect(PAGE, Flash.Message.PROFILE_SAVED);
    }

    /** Adds an experience at the end of the list. */
    @POST
    @Path("/experiences")
    public Response add(@BeanParam ExperienceForm form) {
        FormErrors errors =
                form.validate(messages.web(), messages.of(ProfileMessages.class), today());
        UUID accountId = signedIn.accountId();
        if (!errors.isEmpty()) {
            return Response.status(UNPROCESSABLE)
                    .entity(
                            page(
                                    ProfessionalForm.of(Profile.findById(accountId)),
                                    none(),
                                    null,
                                    form,
                                    errors))
                    .build();
        }
        profiles.addExperience(accountId, form, client.address(), client.userAgent());
        return Flash.redirect(PAGE, Flash.Message.PROFILE_SAVED);
    }

    /** One experience, to edit. */
    @GET
    @Path("/experiences/{id}")
    public TemplateInstance edit(@RestPath UUID id) {
        Experience experience = owned(id);
        return Templates.experience(id, ExperienceForm.of(experience), none(), null);
    }

    /** Saves an experience, unless it changed meanwhile. */
    @POST
    @Path("/experiences/{id}")
    public Response update(@RestPath UUID id, @BeanParam ExperienceForm form) {
        owned(id);
        FormErrors errors =
                form.validate(messages.web(), messages.of(ProfileMessages.class), today());
        if (!errors.isEmpty()) {
            return Response.status(UNPROCESSABLE)
                    .entity(Templates.experience(id, form, errors, null))
                    .build();
        }
        UUID accountId = signedIn.accountId();
        boolean saved =
                profiles.updateExperience(
                        accountId, id, form, client.address(), client.userAgent());
        if (!saved) {
            errors.add("version", messages.of(ProfileMessages.class).error_changed_meanwhile());
            return Response.status(CONFLICT)
                    .entity(Templates.experience(id, form, errors, ExperienceForm.of(owned(id))))
                    .build();
        }
        return Flash.redirect(PAGE, Flash.Message.PROFILE_SAVED);
    }

    /** Removes an experience. */
    @POST
    @Path("/experiences/{id}/remove")
    public Response remove(@RestPath UUID id) {
        UUID accountId = signedIn.accountId();
        if (!profiles.removeExperience(accountId, id, client.address(), client.userAgent())) {
            throw new NotFoundException();
        }
        return Flash.redirect(PAGE, Flash.Message.PROFILE_SAVED);
    }

    /** Moves an experience one place up the list. */
    @POST
    @Path("/experiences/{id}/up")
    public Response up(@RestPath UUID id) {
        return move(id, -1);
    }

    /** Moves an experience one place down the list. */
    @POST
    @Path("/experiences/{id}/down")
    public Response down(@RestPath UUID id) {
        return move(id, 1);
    }

    private Response move(UUID id, int direction) {
        UUID accountId = signedIn.accountId();
        if (!profiles.moveExperience(accountId, id, direction)) {
            throw new NotFoundException();
        }
        return Flash.redirect(PAGE, Flash.Message.EXPERIENCE_MOVED);
    }

    private Experience owned(UUID id) {
        return Experience.owned(signedIn.accountId(), id).orElseThrow(NotFoundException::new);
    }

    private TemplateInstance page(
            ProfessionalForm form,
            FormErrors errors,
            ProfessionalForm saved,
            ExperienceForm experience,
            FormErrors experienceErrors) {
        return Templates.professional(
                form,
                errors,
                saved,
                Experience.ofAccount(signedIn.accountId()),
                experience,
                experienceErrors);
    }

    private FormErrors none() {
        return new FormErrors(messages.web());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
