package dev.custodian.web;

import java.net.URI;
import java.net.URISyntaxException;

/** Checks redirect targets taken from requests, so that no link can send a user to another site. */
public final class LocalPath {

    private LocalPath() {}

    /** {@code candidate} when it is a path on this site, otherwise {@code fallback}. */
    public static String orElse(String candidate, String fallback) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > 2000) {
            return fallback;
        }
        boolean local =
                candidate.charAt(0) == '/'
                        && !candidate.startsWith("//")
                        && candidate
                                .chars()
                                .noneMatch(
                                        c ->
                                                c == '\\'
                                                        || Character.isISOControl(c)
                                                        || Character.isWhitespace(c));
        return local && isValidUri(candidate) ? candidate : fallback;
    }

    /** A redirect is built from it later: anything a URI cannot hold would fail there, too late. */
    private static boolean isValidUri(String path) {
        try {
            URI uri = new URI(path);
            return uri.getScheme() == null && uri.getRawAuthority() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
