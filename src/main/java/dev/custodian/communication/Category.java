package dev.custodian.communication;

import io.quarkus.qute.TemplateEnum;
import java.util.List;
import java.util.Optional;

/**
 * What the consent history records consent to: the marketing categories a user may opt in to
 * ({@link #MARKETING}), and the counting of page views. Service messages (security, technical
 * interventions, billing, policy changes, closure) are not categories: they cannot be refused
 * (policies 001 and 004), so there is nothing to store for them.
 */
@TemplateEnum
public enum Category {
    NEWSLETTER("newsletter"),
    PRODUCT_ANNOUNCEMENTS("announcements"),
    PARTNER_OFFERS("partners"),
    EVENTS("events"),
    /**
     * Aggregate page-view counting, which an opt-out preference signal refuses for the whole
     * account (11 CCR §7025(c)): not a mail, so never a preference, a campaign or an unsubscribe
     * link.
     */
    PAGE_VIEWS("page-views");

    /**
     * The categories of marketing mail: what preferences, campaigns and unsubscribe links are
     * about.
     */
    public static final List<Category> MARKETING =
            List.of(NEWSLETTER, PRODUCT_ANNOUNCEMENTS, PARTNER_OFFERS, EVENTS);

    /** The category's name in unsubscribe links and forms. */
    public final String slug;

    Category(String slug) {
        this.slug = slug;
    }

    /** The marketing category of a link or form, or empty. */
    public static Optional<Category> fromSlug(String slug) {
        return MARKETING.stream().filter(c -> c.slug.equals(slug)).findFirst();
    }
}
