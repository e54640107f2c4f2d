package dev.custodian.visibility;

import io.quarkus.qute.TemplateEnum;
import java.util.Locale;

/**
 * The profile details whose audience the user chooses (policy 004 §4). The defaults protect the
 * user: name, headline and photo for members, everything else for the user alone.
 */
@TemplateEnum
public enum ProfileField {
    NAME(Level.MEMBERS),
    HEADLINE(Level.MEMBERS),
    PHOTO(Level.MEMBERS),
    COMPANY(Level.PRIVATE),
    CITY(Level.PRIVATE),
    COUNTRY(Level.PRIVATE),
    ABOUT(Level.PRIVATE),
    EXPERIENCES(Level.PRIVATE),
    EMAIL(Level.PRIVATE),
    PHONE(Level.PRIVATE);

    public final Level defaultLevel;

    ProfileField(Level defaultLevel) {
        this.defaultLevel = defaultLevel;
    }

    /** The field's name in forms and activity details. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Making these public exposes the user to spam and worse: the page asks first. */
    public boolean needsConfirmationToPublish() {
        return this == EMAIL || this == PHONE;
    }
}
