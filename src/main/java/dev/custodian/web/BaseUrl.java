package dev.custodian.web;

/**
 * The portal's public URL (custodian.base-url) as links in mails start with it: without a trailing
 * slash.
 */
public final class BaseUrl {

    private BaseUrl() {}

    public static String of(String configured) {
        return configured.endsWith("/")
                ? configured.substring(0, configured.length() - 1)
                : configured;
    }
}
