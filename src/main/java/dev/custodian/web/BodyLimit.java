package dev.custodian.web;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request that announces a body over the server's limit ({@code
 * quarkus.http.limits.max-body-size}) is refused before any of it is read, as Quarkus does, but
 * with a page that says so in the visitor's language instead of a bare 413. It answers on the event
 * loop, outside the request scope that {@code layout.html} needs, so the page has the plain layout,
 * rendered once per language. The API answers such calls with its own problem ({@code
 * api/ApiBodyLimit}), on the same check.
 */
@Singleton
public class BodyLimit {

    /** Just before Quarkus's own check, which would answer first with an empty 413. */
    public static final int ROUTE_ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1;

    @CheckedTemplate(basePath = "web/BodyLimit")
    static class Templates {
        static native TemplateInstance tooLarge(String lang, long megabytes);
    }

    private final long limit;
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();

    BodyLimit(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
                    MemorySize maxBodySize) {
        this.limit = maxBodySize.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(ROUTE_ORDER).handler(this::pageWhenTooLarge);
    }

    /** The limit in whole megabytes, as the texts give it. */
    public long megabytes() {
        return limit / (1024 * 1024);
    }

    /**
     * Whether the request announces a body over the limit. A body sent in chunks, without a length,
     * is counted by Quarkus as it arrives; a form's parser then refuses it, as it refuses a field
     * over {@code max-form-attribute-size}, with {@link ErrorPages}' 413 page.
     */
    public boolean tooLarge(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (length == null) {
            return false;
        }
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException malformed) {
            return false; // the HTTP codec refuses it on its own
        }
    }

    /**
     * Answers 413 with the given body and closes the connection once it is sent, so that the body
     * still on its way is never read.
     */
    public static void refuse(RoutingContext context, String contentType, byte[] body) {
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaderNames.CONTENT_TYPE, contentType)
                .putHeader(HttpHeaderNames.CACHE_CONTROL, "no-store")
                .putHeader(HttpHeaderNames.CONNECTION, "close")
                .endHandler(sent -> context.request().connection().close())
                .end(Buffer.buffer(body));
    }

    private void pageWhenTooLarge(RoutingContext context) {
        if (!tooLarge(context)) {
            context.next();
            return;
        }
        String lang = RequestLocale.withoutAccount(context.request()).getLanguage();
        refuse(context, HtmlPages.TYPE.toString(), pages.computeIfAbsent(lang, this::page));
    }

    private byte[] page(String lang) {
        return Templates.tooLarge(lang, megabytes())
                .setLocale(Locale.forLanguageTag(lang))
                .render()
                .getBytes(StandardCharsets.UTF_8);
    }
}
