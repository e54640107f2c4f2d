package dev.custodian.communication;

import dev.custodian.manifest.Manifest;
import dev.custodian.web.Messages;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The marketing categories the manifest offers, in its order, with their names and descriptions;
 * none when marketing is off (policy 003 promises none). A category a later manifest no longer
 * lists keeps its rows (the consent history is the proof GDPR art. 7(1) asks for, and a
 * subscription stays as the user left it) but is offered nowhere: no preference, sign-up box,
 * campaign or unsubscribe link; the history names it by its id.
 */
@Singleton
public class MarketingCategories {

    /** A category as a form offers it, in the reader's language, ticked or not. */
    public record Choice(String id, String label, String description, boolean checked) {}

    private final boolean enabled;
    private final Map<Category, Manifest.MarketingCategory> offered = new LinkedHashMap<>();

    MarketingCategories(Manifest manifest) {
        enabled = manifest.marketing().enabled();
        manifest.marketing()
                .categories()
                .forEach(category -> offered.put(new Category(category.id()), category));
    }

    /** Whether the company sends marketing mail at all; off, its pages, links and mail are gone. */
    public boolean enabled() {
        return enabled;
    }

    /** The categories offered, in the manifest's order. */
    public List<Category> offered() {
        return List.copyOf(offered.keySet());
    }

    public boolean offers(Category category) {
        return offered.containsKey(category);
    }

    /** The category offered under this id (of a form or a link), or empty. */
    public Optional<Category> offered(String id) {
        Category category = new Category(id == null ? "" : id);
        return offers(category) ? Optional.of(category) : Optional.empty();
    }

    /** The categories offered among the ids a form sent; any other value is ignored. */
    public Set<Category> chosen(Collection<String> ids) {
        Set<Category> chosen = new LinkedHashSet<>();
        if (ids != null) {
            ids.forEach(id -> offered(id).ifPresent(chosen::add));
        }
        return chosen;
    }

    /** Every category offered, as checkboxes; {@code ticked} are checked. */
    public List<Choice> choices(Set<Category> ticked, Locale locale) {
        return offered.values().stream()
                .map(
                        c ->
                                new Choice(
                                        c.id(),
                                        c.name().in(locale),
                                        c.description().in(locale),
                                        ticked.contains(new Category(c.id()))))
                .toList();
    }

    /**
     * The category's name: the manifest's, page-view counting's own, or the id of a category no
     * longer offered.
     */
    public String name(Category category, Locale locale) {
        if (Category.PAGE_VIEWS.equals(category)) {
            return Messages.in(CommunicationMessages.class, locale).page_views();
        }
        Manifest.MarketingCategory described = offered.get(category);
        return described == null ? category.id() : described.name().in(locale);
    }
}
