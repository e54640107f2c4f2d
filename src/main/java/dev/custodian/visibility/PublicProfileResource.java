package dev.custodian.visibility;

import dev.custodian.manifest.Manifest;
import dev.custodian.web.HtmlPages;
import dev.custodian.web.Messages;
import dev.custodian.web.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
    static final String LARGE = "large";
    static final String SMALL = "small";

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
        PublicProfiles.Stored stored = load(handle);
        boolean member = signedIn.present();
        boolean owner = member && stored.accountId().equals(signedIn.accountId());
        String previewAs = owner ? previewAs(as) : null;
        PublicProfiles.View view =
                profiles.viewAs(stored, viewer(stored, previewAs), messages.locale());
        if (view.isEmpty() && !owner) {
            throw new NotFoundException();
        }
        // Search engines are anonymous visitors: only the public page, and only when the owner
        // allows it.
        boolean noindex = member || !view.indexable();
        Response.ResponseBuilder response =
                Response.ok(Templates.profile(view, owner, previewAs, noindex), HtmlPages.TYPE);
        if (noindex) {
            response.header("X-Robots-Tag", "noindex");
        }
        return response.build();
    }

    /**
     * The profile's photo ({@code size=small} for the thumbnail), to a viewer who may see it, as
     * the page does ({@code as} previews it for the owner); 404 otherwise, as for no photo. Never
     * kept by a cache: who may see it can change at any moment.
     */
    @GET
    @Path("{handle}/photo")
    @Produces("image/jpeg")
    public Response photo(@RestPath String handle, @RestQuery String size, @RestQuery String as) {
        boolean large = size == null || size.equals(LARGE);
        if (!large && !size.equals(SMALL)) {
            throw new NotFoundException();
        }
        PublicProfiles.Stored stored = load(handle);
        boolean owner = signedIn.present() && stored.accountId().equals(signedIn.accountId());
        if (!stored.photoShownTo(viewer(stored, owner ? previewAs(as) : null))) {
            throw new NotFoundException();
        }
        byte[] image =
                profiles.photo(stored.accountId(), large).orElseThrow(NotFoundException::new);
        return Response.ok(image, "image/jpeg")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** The open account behind the handle, where the company shows profiles to this visitor. */
    private PublicProfiles.Stored load(String handle) {
        Manifest.Profiles offered = manifest.profiles();
        // Without public profiles a page is for members only, and only while members can meet.
        if (!offered.publicProfiles() && (!signedIn.present() || !offered.membersSearch())) {
            throw new NotFoundException();
        }
        return profiles.load(handle).orElseThrow(NotFoundException::new);
    }

    /** The preview the owner asked for, if the company offers it; null for none. */
    private String previewAs(String as) {
        return AS_MEMBER.equals(as)
                        || (AS_ANYONE.equals(as) && manifest.profiles().publicProfiles())
                ? as
                : null;
    }

    /** Who the page is for: the preview's viewer, or who is looking. */
    private Viewer viewer(PublicProfiles.Stored stored, String previewAs) {
        if (previewAs != null) {
            return AS_ANYONE.equals(previewAs) ? Viewer.ANONYMOUS : Viewer.MEMBER;
        }
        if (!signedIn.present()) {
            return Viewer.ANONYMOUS;
        }
        return stored.accountId().equals(signedIn.accountId()) ? Viewer.OWNER : Viewer.MEMBER;
    }
}
