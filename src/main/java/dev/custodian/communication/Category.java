package dev.custodian.communication;

import java.util.Objects;

/**
 * What the consent history records consent to: one of the manifest's marketing categories, by its
 * id ({@link MarketingCategories} says which are offered and their names), or the counting of page
 * views. Service messages (security, technical interventions, billing, policy changes, closure) are
 * not categories: they cannot be refused (policies 001 and 004), so there is nothing to store for
 * them. Stored as {@link #id()} (V15 turned the former constant names into the bundled manifest's
 * ids).
 *
 * @param id a marketing category's id in the manifest (lower case), or {@code PAGE_VIEWS}
 */
public record Category(String id) {

    /**
     * Aggregate page-view counting, which an opt-out preference signal refuses for the whole
     * account (11 CCR §7025(c)): not a mail, so never a preference, a campaign or an unsubscribe
     * link. Its id is upper case, which no manifest id can be ({@code ^[a-z][a-z0-9_-]*$} in the
     * schema), so a company cannot name a marketing category that would be taken for it.
     */
    public static final Category PAGE_VIEWS = new Category("PAGE_VIEWS");

    public Category {
        Objects.requireNonNull(id);
    }
}
