package dev.custodian.communication;

import java.util.Arrays;
import java.util.Optional;

/**
 * The marketing categories a user may opt in to. Service messages (security, technical
 * interventions, billing, policy changes, closure) are not categories: they cannot be refused
 * (policies 001 and 004), so there is nothing to store for them.
 */
public enum Category {
    NEWSLETTER("newsletter"),
    PRODUCT_ANNOUNCEMENTS("announcements"),
    PARTNER_OFFERS("partners"),
    EVENTS("events");

    /** The category's name in unsubscribe links and forms. */
    public final String slug;

    Category(String slug) {
        this.slug = slug;
    }

    public static Optional<Category> fromSlug(String slug) {
        return Arrays.stream(values()).filter(c -> c.slug.equals(slug)).findFirst();
    }
}
