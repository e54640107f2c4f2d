package dev.custodian.profile;

import dev.custodian.catalogue.ValueWords;
import dev.custodian.web.Messages;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The words of an address's stored kind, for the export's index.html. */
@Singleton
class ProfileValueWords {

    @Produces
    @Singleton
    ValueWords addressKind() {
        return ValueWords.ofEnum(
                "address",
                "kind",
                Address.Kind.class,
                (kind, locale) -> {
                    ProfileMessages texts = Messages.in(ProfileMessages.class, locale);
                    return switch (kind) {
                        case POSTAL -> texts.addresses_postal();
                        case BILLING -> texts.addresses_billing();
                    };
                });
    }
}
