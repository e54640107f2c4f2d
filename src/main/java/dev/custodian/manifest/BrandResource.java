package dev.custodian.manifest;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;

/**
 * The brand's stylesheet and logo. The accent colour comes as a stylesheet of its own, since the
 * Content-Security-Policy allows no inline style; both may be cached for an hour. They are plain
 * Vert.x routes, out of the REST layer: its CSRF filter gives every GET it sees a new token, so the
 * stylesheet a page loads would replace the token of the form on that page (a 400 on the first form
 * a new visitor sends), and a shared cache would keep one visitor's cookie for others.
 */
@Singleton
public class BrandResource {

    private static final String CACHE = "public, max-age=3600";

    private final Manifest manifest;

    private final ManifestProducer producer;

    BrandResource(Manifest manifest, ManifestProducer producer) {
        this.manifest = manifest;
        this.producer = producer;
    }

    void register(@Observes Router router) {
        router.get("/brand/brand.css").handler(this::stylesheet);
        router.get("/brand/logo").handler(this::logo);
    }

    private void stylesheet(RoutingContext context) {
        String accent = manifest.brand().accentColour();
        String css =
                accent == null
                        ? ""
                        : ":root{--accent:" + accent + ";--accent-dark:" + darker(accent) + "}\n";
        context.response()
                .putHeader("Content-Type", "text/css;charset=UTF-8")
                .putHeader("Cache-Control", CACHE)
                .end(css);
    }

    private void logo(RoutingContext context) {
        Optional<byte[]> logo = producer.logo();
        if (logo.isEmpty()) {
            // the application's own 404 page
            context.next();
            return;
        }
        String name = manifest.brand().logo().toLowerCase(Locale.ROOT);
        String type =
                name.endsWith(".svg")
                        ? "image/svg+xml"
                        : name.endsWith(".png") ? "image/png" : "image/webp";
        context.response()
                .putHeader("Content-Type", type)
                .putHeader("Cache-Control", CACHE)
                // an SVG runs no script and loads nothing, even when opened on its own
                .putHeader(
                        "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .end(io.vertx.core.buffer.Buffer.buffer(logo.get()));
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
