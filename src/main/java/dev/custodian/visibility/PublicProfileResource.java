package dev.custodian.visibility;

import dev.custodian.manifest.Manifest;
import dev.custodian.web.Messages;
import dev.custodian.web.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /p/{handle}}: exactly what the viewer may see. The owner sees everything, and can preview
 * the page as anyone or as a member. A closed account's page, or one with nothing for this viewer,
 * does not exist.
 */
@Path("/p")
@Produces(MediaType.TEXT_HTML)
public class PublicProfileResource {

    static final String AS_ANYONE = "anyone";
    static final String AS_MEMBER = "member";
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    @CheckedTemplate(basePath = "visibility/PublicProfileResource")
    static class Templates {
        static native TemplateInstance profile(
                PublicProfiles.View profile, boolean owner, String previewAs, boolean noindex);
    }

    @Inject PublicProfiles profiles;

    @Inject SignedIn signedIn;

    @Inject Messages messages;

    @Inject Manifest manifest;

    @GET
    @Path("{handle}")
    public Response profile(@RestPath String handle, @RestQuery String as) {
        Manifest.Profiles offered = manifest.profiles();
        boolean member = signedIn.present();
        // Without public profiles a page is for members only, and only while members can meet.
        if (!offered.publicProfiles() && (!member || !offered.membersSearch())) {
            throw new NotFoundException();
        }
        PublicProfiles.Stored stored = profiles.load(handle).orElseThrow(NotFoundException::new);
        boolean owner = member && stored.accountId().equals(signedIn.accountId());
        boolean previewable =
                AS_MEMBER.equals(as) || (AS_ANYONE.equals(as) && offered.publicProfiles());
        String previewAs = owner && previewable ? as : null;
        Viewer viewer =
                previewAs != null
                        ? (AS_ANYONE.equals(previewAs) ? Viewer.ANONYMOUS : Viewer.MEMBER)
                        : owner ? Viewer.OWNER : member ? Viewer.MEMBER : Viewer.ANONYMOUS;
        PublicProfiles.View view = profiles.viewAs(stored, viewer, messages.locale());
        if (view.isEmpty() && !owner) {
            throw new NotFoundException();
        }
        // Search engines are anonymous visitors: only the public page, and only when the owner
        // allows it.
        boolean noindex = member || !view.indexable();
        // Encoded here: the JDK's encoder is far cheaper than the char-by-char UTF-8 writing that a
        // String entity gets (measured: 38% of the CPU of this, the most visited page). A general
        // fix would replace rest-qute's own writing of templates, which every page goes through.
        byte[] page =
                Templates.profile(view, owner, previewAs, noindex)
                        .render()
                        .getBytes(StandardCharsets.UTF_8);
        Response.ResponseBuilder response = Response.ok(page, HTML);
        if (noindex) {
            response.header("X-Robots-Tag", "noindex");
        }
        return response.build();
    }
}
