package dev.custodian.privacy;

import dev.custodian.catalogue.ValueWords;
import dev.custodian.web.Messages;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The words of a disclosure's stored legal basis, for the export's index.html. */
@Singleton
class PrivacyValueWords {

    @Produces
    @Singleton
    ValueWords legalBasis() {
        return ValueWords.ofEnum(
                "disclosure",
                "legal_basis",
                LegalBasis.class,
                (basis, locale) -> Messages.in(PrivacyMessages.class, locale).basis(basis));
    }
}
