package dev.custodian.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Writes every HTML page as UTF-8 bytes that the JDK encodes. By then a page is a String (rest-qute
 * renders each template to one), which the framework would otherwise write char by char: measured,
 * 38% of the CPU of the most visited page. Pages in another charset are left to the framework.
 *
 * <p>A writer of objects, not of Strings: a method that returns a template has its writer chosen at
 * build time for {@link TemplateInstance}, which the String writer does not match, and is then
 * handed the rendered String.
 */
@Provider
@Produces(MediaType.TEXT_HTML)
public class HtmlPages implements ServerMessageBodyWriter<Object> {

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
        context.serverResponse().end(page.toString().getBytes(StandardCharsets.UTF_8));
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
            throws java.io.IOException {
        entityStream.write(page.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean writes(Class<?> type, MediaType mediaType) {
        String charset = mediaType == null ? null : mediaType.getParameters().get("charset");
        return (type == String.class || TemplateInstance.class.isAssignableFrom(type))
                && (charset == null || charset.equalsIgnoreCase("UTF-8"));
    }
}
