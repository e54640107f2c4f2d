package dev.custodian.manifest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * The brand's stylesheet and logo. The accent colour comes as a stylesheet of its own, since the
 * Content-Security-Policy allows no inline style; both may be cached for an hour.
 */
@Path("/brand")
public class BrandResource {

    private static final String CACHE = "public, max-age=3600";

    @Inject Manifest manifest;

    @Inject ManifestProducer producer;

    @GET
    @Path("brand.css")
    @Produces("text/css")
    public Response stylesheet() {
        String accent = manifest.brand().accentColour();
        String css =
                accent == null
                        ? ""
                        : ":root{--accent:" + accent + ";--accent-dark:" + darker(accent) + "}\n";
        return Response.ok(css).header("Cache-Control", CACHE).build();
    }

    @GET
    @Path("logo")
    public Response logo() {
        byte[] logo = producer.logo().orElseThrow(NotFoundException::new);
        String name = manifest.brand().logo().toLowerCase(Locale.ROOT);
        String type =
                name.endsWith(".svg")
                        ? "image/svg+xml"
                        : name.endsWith(".png") ? "image/png" : "image/webp";
        return Response.ok(logo, type)
                .header("Cache-Control", CACHE)
                // an SVG runs no script and loads nothing, even when opened on its own
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .build();
    }

    /** The colour three quarters as bright, for hovered links and buttons. */
    static String darker(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        int r = (rgb >> 16 & 0xff) * 3 / 4;
        int g = (rgb >> 8 & 0xff) * 3 / 4;
        int b = (rgb & 0xff) * 3 / 4;
        return String.format("#%02x%02x%02x", r, g, b);
    }
}
