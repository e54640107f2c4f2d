package dev.custodian.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionException;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Renders every HTML page straight to UTF-8 bytes, piece by piece as the template produces them.
 * Rendered to one String first (as quarkus-rest-qute does), a page with a single character beyond
 * Latin-1 (a French apostrophe) is held in UTF-16: every later piece is widened on the way in and
 * the whole is encoded char by char on the way out, measured at 16% of the CPU of {@code /account}.
 * Piece by piece, the plain ASCII of the markup is copied as it is. A String page (rendered by its
 * resource) is encoded once. Pages in another charset are left to the framework.
 */
@Provider
@Produces(MediaType.TEXT_HTML)
public class HtmlPages implements ServerMessageBodyWriter<Object> {

    /** Most pages fit, so the buffer seldom grows. */
    private static final int EXPECTED_SIZE = 16 * 1024;

    /** What a page is; a resource that builds a Response of a page gives it this type. */
    public static final MediaType TYPE = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private static final String PAGE_TYPE = TYPE.toString();

    @Override
    public boolean isWriteable(
            Class<?> type,
            Type genericType,
            ResteasyReactiveResourceInfo target,
            MediaType mediaType) {
        return writes(type, mediaType);
    }

    @Override
    public boolean isWriteable(
            Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return writes(type, mediaType);
    }

    @Override
    public void writeResponse(Object page, Type genericType, ServerRequestContext context) {
        // the bytes are UTF-8 whatever the resource declared (a bare text/html among them)
        context.serverResponse().setResponseHeader(HttpHeaders.CONTENT_TYPE, PAGE_TYPE);
        context.serverResponse().end(bytes(page));
    }

    @Override
    public void writeTo(
            Object page,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders,
            OutputStream entityStream)
            throws IOException {
        httpHeaders.putSingle(HttpHeaders.CONTENT_TYPE, PAGE_TYPE);
        entityStream.write(bytes(page));
    }

    /** The page as UTF-8: a template rendered here, on the request's worker thread. */
    static byte[] bytes(Object page) {
        if (!(page instanceof TemplateInstance template)) {
            return page.toString().getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(EXPECTED_SIZE);
        try {
            // every value a page reads is at hand, so the rendering is over when this returns
            template.consume(piece -> out.writeBytes(piece.getBytes(StandardCharsets.UTF_8)))
                    .toCompletableFuture()
                    .join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return out.toByteArray();
    }

    private static boolean writes(Class<?> type, MediaType mediaType) {
        String charset = mediaType == null ? null : mediaType.getParameters().get("charset");
        return (type == String.class || TemplateInstance.class.isAssignableFrom(type))
                && (charset == null || charset.equalsIgnoreCase("UTF-8"));
    }
}
