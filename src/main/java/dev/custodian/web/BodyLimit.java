package dev.custodian.web;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request that announces a body over the server's limit ({@code
 * quarkus.http.limits.max-body-size}) is refused before any of it is used, as Quarkus does, but
 * with a page that says so in the visitor's language instead of a bare 413, and before the sign-in
 * checks, which would first send a visitor who is not signed in to {@code /login}. It answers on
 * the event loop, outside the request scope that {@code layout.html} needs, so the page has the
 * plain layout, rendered once per language. The API answers such calls with its own problem ({@code
 * api/ApiBodyLimit}), on the same check.
 */
@Singleton
public class BodyLimit {

    /**
     * Before authentication, and so before Quarkus's own check (which would answer with an empty
     * 413); after the route of the security headers.
     */
    public static final int ROUTE_ORDER = -SecurityHandlerPriorities.AUTHENTICATION - 1;

    /**
     * What is still coming is read and dropped, up to this much or this long, before the connection
     * is closed: closed with the upload unread, it would be reset, and a browser still sending
     * would show "connection reset" instead of the page.
     */
    private static final long DRAIN_BYTES = 64L * 1024 * 1024;

    private static final long DRAIN_MILLIS = 10_000;

    private static final long MEGABYTE = 1024 * 1024;

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

    /** The limit in megabytes, rounded up, as the texts give it. */
    public long megabytes() {
        return (limit + MEGABYTE - 1) / MEGABYTE;
    }

    /**
     * Whether the request announces a body over the limit (Netty has refused a malformed length
     * already). A body sent in chunks, without a length, which no browser does, is counted by
     * Quarkus as it arrives and stopped with its bare 413; a form field over {@code
     * max-form-attribute-size} gets {@link ErrorPages}' 413 page.
     */
    public boolean tooLarge(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        return length != null && Long.parseLong(length) > limit;
    }

    /**
     * Answers 413 with the given body at once, drops what is still coming (within the drain's
     * bounds), then closes the connection.
     */
    public static void refuse(RoutingContext context, String contentType, byte[] body) {
        HttpServerRequest request = context.request();
        long deadline =
                context.vertx().setTimer(DRAIN_MILLIS, late -> request.connection().close());
        long[] dropped = {0};
        request.handler(
                        piece -> {
                            dropped[0] += piece.length();
                            if (dropped[0] > DRAIN_BYTES) {
                                request.connection().close();
                            }
                        })
                .endHandler(
                        all -> {
                            context.vertx().cancelTimer(deadline);
                            request.connection().close();
                        })
                .resume();
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaderNames.CONTENT_TYPE, contentType)
                .putHeader(HttpHeaderNames.CACHE_CONTROL, "no-store")
                .putHeader(HttpHeaderNames.CONNECTION, "close")
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
        return HtmlPages.bytes(
                Templates.tooLarge(lang, megabytes()).setLocale(Locale.forLanguageTag(lang)));
    }
}
