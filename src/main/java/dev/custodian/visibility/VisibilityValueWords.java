package dev.custodian.visibility;

import dev.custodian.catalogue.ValueWords;
import dev.custodian.web.Messages;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The words of the stored fields and levels of who sees what, for the export's index.html. */
@Singleton
class VisibilityValueWords {

    @Produces
    @Singleton
    ValueWords field() {
        return ValueWords.ofEnum(
                "field_visibility",
                "field",
                ProfileField.class,
                (field, locale) -> Messages.in(VisibilityMessages.class, locale).field(field));
    }

    @Produces
    @Singleton
    ValueWords level() {
        return ValueWords.ofEnum(
                "field_visibility",
                "level",
                Level.class,
                (level, locale) -> {
                    VisibilityMessages texts = Messages.in(VisibilityMessages.class, locale);
                    return switch (level) {
                        case PUBLIC -> texts.level_public();
                        case MEMBERS -> texts.level_members();
                        case PRIVATE -> texts.level_private();
                    };
                });
    }
}
