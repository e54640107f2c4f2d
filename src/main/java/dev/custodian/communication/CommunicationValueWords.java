package dev.custodian.communication;

import dev.custodian.catalogue.ValueWords;
import dev.custodian.web.Messages;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.stream.Stream;

/**
 * The words of the stored categories, consent actions and sources, for the export's index.html; a
 * category the manifest no longer offers keeps its id, as on the preferences page.
 */
@Singleton
class CommunicationValueWords {

    @Produces
    @Singleton
    ValueWords preferenceCategory(MarketingCategories categories) {
        return category("communication_preference", categories);
    }

    @Produces
    @Singleton
    ValueWords consentCategory(MarketingCategories categories) {
        return category("consent_event", categories);
    }

    @Produces
    @Singleton
    ValueWords consentAction() {
        return ValueWords.ofEnum(
                "consent_event",
                "action",
                ConsentEvent.Action.class,
                (action, locale) ->
                        Messages.in(CommunicationMessages.class, locale).consent(action));
    }

    @Produces
    @Singleton
    ValueWords consentSource() {
        return ValueWords.ofEnum(
                "consent_event",
                "source",
                ConsentEvent.Source.class,
                (source, locale) ->
                        Messages.in(CommunicationMessages.class, locale).source(source));
    }

    private static ValueWords category(String table, MarketingCategories categories) {
        List<String> ids =
                Stream.concat(categories.offered().stream(), Stream.of(Category.PAGE_VIEWS))
                        .map(Category::id)
                        .toList();
        return new ValueWords(
                table, "category", ids, (id, locale) -> categories.name(new Category(id), locale));
    }
}
