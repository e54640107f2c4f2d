package dev.custodian.profile;

import dev.custodian.auth.RateLimiter;
import dev.custodian.web.ClientInfo;
import dev.custodian.web.Flash;
import dev.custodian.web.FormErrors;
import dev.custodian.web.Messages;
import dev.custodian.web.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * {@code /account/profile/photo}: uploading, replacing and removing the profile photo, and the
 * owner's own copy of it. Who else sees it is the visibility page's choice.
 */
@Path("/account/profile/photo")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class PhotoResource {

    private static final String PAGE = "/account/profile/photo";
    private static final String FIELD = "photo";
    private static final int UNPROCESSABLE = 422;
    private static final int UPLOADS_PER_HOUR = 20;

    @CheckedTemplate(basePath = "profile/PhotoResource")
    static class Templates {
        static native TemplateInstance photo(boolean hasPhoto, int maxMegabytes, FormErrors errors);
    }

    @Inject SignedIn signedIn;

    @Inject ProfileService profiles;

    @Inject Messages messages;

    @Inject ClientInfo client;

    @Inject RateLimiter rateLimiter;

    /** The photo as others may see it, and the forms to replace or remove it. */
    @GET
    public TemplateInstance page() {
        return render(new FormErrors(messages.web()));
    }

    /**
     * Stores the uploaded photo, re-encoded; a file refused (too big, not an image, another type, a
     * huge image) leaves the stored photo as it was and says why.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm(FIELD) FileUpload photo) {
        UUID accountId = signedIn.accountId();
        ProfileMessages texts = messages.of(ProfileMessages.class);
        if (photo == null || photo.size() == 0) {
            return refused(texts.error_photo_missing());
        }
        if (photo.size() > PhotoImages.MAX_BYTES) {
            return refused(texts.error_photo_too_big(maxMegabytes()));
        }
        // decoding is the costly part: limited per account, as the limiter commits on its own
        rateLimiter.consume("photo-upload:" + accountId, UPLOADS_PER_HOUR, Duration.ofHours(1));
        PhotoImages.Outcome outcome = PhotoImages.encode(read(photo));
        if (outcome instanceof PhotoImages.Refused refused) {
            return refused(
                    switch (refused.reason()) {
                        case TOO_BIG -> texts.error_photo_too_big(maxMegabytes());
                        case NOT_AN_IMAGE -> texts.error_photo_not_an_image();
                        case WRONG_TYPE -> texts.error_photo_wrong_type();
                        case TOO_MANY_PIXELS -> texts.error_photo_too_many_pixels();
                    });
        }
        profiles.savePhoto(
                accountId, (PhotoImages.Encoded) outcome, client.address(), client.userAgent());
        return Flash.redirect(PAGE, Flash.Message.PHOTO_SAVED);
    }

    /** Deletes the photo. */
    @POST
    @Path("/remove")
    public Response remove() {
        profiles.removePhoto(signedIn.accountId(), client.address(), client.userAgent());
        return Flash.redirect(PAGE, Flash.Message.PHOTO_REMOVED);
    }

    /** The owner's own photo, {@code large} or {@code small}, whoever else may see it. */
    @GET
    @Path("/{size:large|small}.jpg")
    @Produces("image/jpeg")
    public Response image(@RestPath String size) {
        byte[] image =
                profiles.photo(signedIn.accountId(), size.equals("large"))
                        .orElseThrow(NotFoundException::new);
        return Response.ok(image, "image/jpeg")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private Response refused(String message) {
        FormErrors errors = new FormErrors(messages.web());
        errors.add(FIELD, message);
        return Response.status(UNPROCESSABLE).entity(render(errors)).build();
    }

    private TemplateInstance render(FormErrors errors) {
        return Templates.photo(
                profiles.photo(signedIn.accountId(), false).isPresent(), maxMegabytes(), errors);
    }

    private static int maxMegabytes() {
        return PhotoImages.MAX_BYTES / (1024 * 1024);
    }

    private static byte[] read(FileUpload upload) {
        try {
            return Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
