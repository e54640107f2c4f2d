package dev.custodian.manifest;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The manifest's facts as sentences in a reader's language, the same wherever they are said (the
 * privacy dashboard, the export): a category's legal basis and how long it is kept, a recipient's
 * kind and the categories it receives, a country's name. Templates reach it as {@code
 * inject:wording}.
 */
@Singleton
@Named("wording")
public class Wording {

    private final Manifest manifest;

    Wording(Manifest manifest) {
        this.manifest = manifest;
    }

    /** Such as "Contract (GDPR art. 6(1)(b))". */
    public String legalBasis(Manifest.DataCategory category, Locale locale) {
        ManifestMessages words = words(locale);
        String basis =
                switch (category.legalBasis()) {
                    case "consent" -> words.basis_consent();
                    case "contract" -> words.basis_contract();
                    case "legal-obligation" -> words.basis_legal_obligation();
                    case "vital-interests" -> words.basis_vital_interests();
                    case "public-task" -> words.basis_public_task();
                    default -> words.basis_legitimate_interests();
                };
        return words.basis_article(basis, category.legalBasisLetter());
    }

    /**
     * How long the category is kept, from its rule and numbers, and the law that holds it when
     * there is one: such as "10 years from issue (the law requires 10 years: …)".
     */
    public String retention(Manifest.DataCategory category, Locale locale) {
        ManifestMessages words = words(locale);
        Manifest.Retention retention = category.retention();
        String kept =
                switch (retention.rule()) {
                    case "account" ->
                            words.kept_account(
                                    manifest.closure().gracePeriodMonths(),
                                    manifest.closure().eraseNowAllowed());
                    case "from-creation" -> words.kept_from_creation(retention.days());
                    case "from-issue" -> words.kept_from_issue(retention.years());
                    case "legal-hold" -> words.kept_legal_hold(retention.years());
                    default -> words.kept_while_active();
                };
        Manifest.LegalHold hold = category.legalHold();
        return hold == null ? kept : words.kept_by_law(kept, hold.years(), hold.law().in(locale));
    }

    /** "Processor" or "Other recipient". */
    public String recipientKind(Manifest.Recipient recipient, Locale locale) {
        return recipient.processor()
                ? words(locale).recipient_processor()
                : words(locale).recipient_recipient();
    }

    /** The names of the categories a recipient receives, in its order. */
    public String categories(Manifest.Recipient recipient, Locale locale) {
        return recipient.categories().stream()
                .map(id -> manifest.category(id).name().in(locale))
                .collect(Collectors.joining(", "));
    }

    /** The country's name in the reader's language, from its ISO 3166-1 alpha-2 code. */
    public static String country(String code, Locale locale) {
        return new Locale("", code).getDisplayCountry(locale);
    }

    /** The bundle in the reader's language, as web/Messages finds it (web depends on us). */
    private static ManifestMessages words(Locale locale) {
        return MessageBundles.get(
                ManifestMessages.class, Localized.Literal.of(locale.getLanguage()));
    }
}
