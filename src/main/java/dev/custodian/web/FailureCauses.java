package dev.custodian.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Tells the failures that are no bug of the server's from the rest, by their causes: what the
 * client sent and the framework could not decode or PostgreSQL refuses to store (answered 400), and
 * a database that cannot be reached for now (answered 503, to be tried again).
 */
final class FailureCauses {

    /**
     * Where the framework decodes request bodies and URLs; an exception thrown there is the
     * client's.
     */
    private static final Set<String> DECODERS =
            Set.of(
                    "org.jboss.resteasy.reactive.server.core.multipart.",
                    "org.jboss.resteasy.reactive.server.handlers.FormBodyHandler",
                    "org.jboss.resteasy.reactive.common.util.URLUtils",
                    "org.jboss.resteasy.reactive.common.util.Encode",
                    "io.quarkus.csrf.reactive.runtime.");

    /**
     * The frames of an exception that tell where it was thrown: the decoder itself or a helper it
     * called.
     */
    private static final int THROWING_FRAMES = 6;

    /**
     * PostgreSQL's 22021 (invalid byte sequence, e.g. NUL) and 22P05 (untranslatable character).
     */
    private static final Set<String> REFUSED_TEXT = Set.of("22021", "22P05");

    /**
     * PostgreSQL shutting down, restarting or starting up (class 57P); class 08 is any lost
     * connection.
     */
    private static final Set<String> SERVER_GOING = Set.of("57P01", "57P02", "57P03");

    private FailureCauses() {}

    static boolean isMalformedInput(Throwable failure) {
        return causes(failure)
                .anyMatch(
                        cause ->
                                cause instanceof SQLException sql
                                                && sql.getSQLState() != null
                                                && REFUSED_TEXT.contains(sql.getSQLState())
                                        || thrownByDecoder(cause));
    }

    static boolean isDatabaseUnavailable(Throwable failure) {
        return causes(failure)
                .anyMatch(
                        cause ->
                                cause instanceof SQLTransientConnectionException
                                        || cause instanceof SQLNonTransientConnectionException
                                        || cause instanceof SQLException sql
                                                && sql.getSQLState() != null
                                                && (sql.getSQLState().startsWith("08")
                                                        || SERVER_GOING.contains(
                                                                sql.getSQLState())));
    }

    static Throwable innermost(Throwable failure) {
        return causes(failure).reduce((outer, inner) -> inner).orElse(failure);
    }

    private static Stream<Throwable> causes(Throwable failure) {
        return Stream.iterate(
                failure,
                cause -> cause != null,
                cause -> cause.getCause() == cause ? null : cause.getCause());
    }

    private static boolean thrownByDecoder(Throwable cause) {
        StackTraceElement[] frames = cause.getStackTrace();
        for (int i = 0; i < Math.min(frames.length, THROWING_FRAMES); i++) {
            String className = frames[i].getClassName();
            if (DECODERS.stream().anyMatch(className::startsWith)) {
                return true;
            }
        }
        return false;
    }
}
