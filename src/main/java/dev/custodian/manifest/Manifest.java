package dev.custodian.manifest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * The company's promises, as its privacy manifest states them (MANIFEST.md, checked by
 * ManifestReader against {@code manifest/manifest.schema.json} and the rules a schema cannot
 * state): who is responsible, where the data is, who receives it, each category of personal data,
 * the choices offered and the policy's versions. Every page, mail and job that states or keeps one
 * of these promises reads it here. Templates reach it as {@code inject:manifest}.
 */
@RegisterForReflection(
        targets = {
            Manifest.class,
            Manifest.Controller.class,
            Manifest.Authority.class,
            Manifest.Brand.class,
            Manifest.Storage.class,
            Manifest.Location.class,
            Manifest.Recipient.class,
            Manifest.DataCategory.class,
            Manifest.Retention.class,
            Manifest.LegalHold.class,
            Manifest.Signup.class,
            Manifest.Marketing.class,
            Manifest.MarketingCategory.class,
            Manifest.Profiles.class,
            Manifest.Closure.class,
            Manifest.Policy.class,
            Manifest.PolicyVersion.class,
            Text.class
        })
public record Manifest(
        List<String> languages,
        Controller controller,
        Brand brand,
        Storage storage,
        List<Recipient> recipients,
        List<DataCategory> dataCategories,
        Signup signup,
        Marketing marketing,
        Profiles profiles,
        Closure closure,
        Policy policy) {

    public record Controller(
            String name,
            String address,
            String contact,
            String dataProtectionContact,
            Authority supervisoryAuthority) {}

    public record Authority(Text name, String url) {}

    /**
     * @param logo the logo's file name, or null; its bytes are served at {@code /brand/logo}
     * @param accentColour {@code #rrggbb}, or null for the stylesheet's own
     */
    public record Brand(String productName, String logo, String accentColour) {}

    public record Storage(List<Location> locations, List<Location> backups) {
        public Storage {
            backups = backups == null ? List.of() : List.copyOf(backups);
        }
    }

    /** A country (ISO 3166-1 alpha-2) and what is there. */
    public record Location(String country, Text description) {}

    /** A processor or another recipient, and the categories of data it receives. */
    public record Recipient(
            String name,
            String kind,
            Text purpose,
            List<String> categories,
            String country,
            Text safeguard) {

        public boolean processor() {
            return "processor".equals(kind);
        }
    }

    /**
     * One category of the catalogue (dev.custodian.catalogue), as the company describes it.
     *
     * @param legalBasis the GDPR art. 6(1) basis, such as {@code contract}
     */
    public record DataCategory(
            String id,
            Text name,
            Text purpose,
            String legalBasis,
            Retention retention,
            LegalHold legalHold) {

        /** The letter of GDPR art. 6(1) of the basis. */
        public String legalBasisLetter() {
            return switch (legalBasis) {
                case "consent" -> "a";
                case "contract" -> "b";
                case "legal-obligation" -> "c";
                case "vital-interests" -> "d";
                case "public-task" -> "e";
                default -> "f";
            };
        }
    }

    /**
     * How long a category is kept: {@code account} (while the account is open, then the closure's
     * grace period), {@code while-active} (until it ends or is used), {@code from-creation} ({@code
     * days} from each entry), {@code from-issue} ({@code years} from issue), {@code legal-hold}
     * ({@code years} after the account's erasure).
     */
    public record Retention(String rule, Integer days, Integer years) {

        public boolean is(String name) {
            return rule.equals(name);
        }
    }

    /** How long a law requires a category to be kept, and which law. */
    public record LegalHold(int years, Text law) {}

    public record Signup(int minimumAge) {}

    public record Marketing(boolean enabled, List<MarketingCategory> categories) {
        public Marketing {
            categories = enabled && categories != null ? List.copyOf(categories) : List.of();
        }
    }

    /** A kind of marketing mail a user may opt in to; {@code id} is its name in links. */
    public record MarketingCategory(String id, Text name, Text description) {}

    /**
     * @param publicProfiles whether profiles can be shown beyond their owner ({@code public} in the
     *     file)
     */
    public record Profiles(
            @com.fasterxml.jackson.annotation.JsonProperty("public") boolean publicProfiles,
            boolean membersSearch) {

        /** Whether anyone but the owner can see a profile, so that who sees what is a choice. */
        public boolean choices() {
            return publicProfiles || membersSearch;
        }
    }

    public record Closure(
            int gracePeriodMonths,
            int reopenDays,
            boolean eraseNowAllowed,
            boolean productsGateClosure) {

        /** How long a closed account waits for its erasure. */
        public Period gracePeriod() {
            return Period.ofMonths(gracePeriodMonths);
        }
    }

    public record Policy(List<PolicyVersion> versions) {}

    /**
     * A version of the privacy policy. The reader puts the files' Markdown in {@code text}.
     *
     * @param file per language, the Markdown file the text came from, or null
     */
    public record PolicyVersion(
            String version,
            String date,
            boolean reducesRights,
            Text summary,
            Text text,
            Text file) {

        public LocalDate publishedOn() {
            return LocalDate.parse(date);
        }
    }

    /** The languages offered, the default first. */
    public List<Locale> locales() {
        return languages.stream().map(Locale::forLanguageTag).toList();
    }

    /** The category of the catalogue with this id. */
    public DataCategory category(String id) {
        return dataCategories.stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("No data category " + id));
    }
}
