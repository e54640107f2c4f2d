package dev.custodian.web;

import java.sql.SQLException;
import java.util.Set;

/**
 * Recognises a failure caused by what the client sent rather than by the server: a body or URL
 * the framework could not decode (broken multipart, a bad percent escape, too many parameters),
 * or text PostgreSQL refuses to store (a NUL character). Such a request is answered 400.
 */
final class MalformedInput {

    /** Where the framework decodes request bodies and URLs; an exception thrown there is the client's. */
    private static final Set<String> DECODERS = Set.of(
            "org.jboss.resteasy.reactive.server.core.multipart.",
            "org.jboss.resteasy.reactive.server.handlers.FormBodyHandler",
            "org.jboss.resteasy.reactive.common.util.URLUtils",
            "org.jboss.resteasy.reactive.common.util.Encode",
            "io.quarkus.csrf.reactive.runtime.");
    /** PostgreSQL's classes 22021 (invalid byte sequence, e.g. NUL) and 22P05 (untranslatable character). */
    private static final Set<String> REFUSED_TEXT = Set.of("22021", "22P05");

    private MalformedInput() {
    }

    static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && REFUSED_TEXT.contains(sql.getSQLState())) {
                return true;
            }
            if (thrownByDecoder(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean thrownByDecoder(Throwable cause) {
        StackTraceElement[] frames = cause.getStackTrace();
        // the first few frames: the decoder itself or the JDK/Netty helper it called
        for (int i = 0; i < Math.min(frames.length, 6); i++) {
            String className = frames[i].getClassName();
            if (DECODERS.stream().anyMatch(className::startsWith)) {
                return true;
            }
        }
        return false;
    }
}
