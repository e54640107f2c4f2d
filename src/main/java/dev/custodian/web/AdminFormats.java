package dev.custodian.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How the admin area shows a moment: {@code {when.utc}}, e.g. 2026-11-23 03:33 UTC, the same in
 * both languages.
 */
@TemplateExtension
public final class AdminFormats {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private AdminFormats() {}

    static String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }
}
