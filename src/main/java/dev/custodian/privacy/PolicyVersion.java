package dev.custodian.privacy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A version of the privacy policy, with its summary and full text (Markdown) in each language.
 * Sign-up records which one the user accepted. The manifest's versions are stored at start-up
 * (PolicyPublishing); admins publish others on /admin/policies.
 */
@Entity
public class PolicyVersion extends PanacheEntityBase {

    /** What a label may be, as manifest.schema.json says; it is also the version's address. */
    public static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,29}");

    /** A version's summary and full text (Markdown) in one language. */
    @Embeddable
    public record Translation(
            @Column(nullable = false) String summary, @Column(nullable = false) String body) {}

    @Id @GeneratedValue public UUID id;

    /** The label users see, such as {@code 2026-11}. */
    @Column(nullable = false)
    public String version;

    @Column(nullable = false)
    public Instant publishedAt;

    public boolean reducesRights;

    /** When a rights-reducing version was emailed to every active account; null: not yet. */
    public Instant announcedAt;

    /** By language tag. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "policy_text", joinColumns = @JoinColumn(name = "policy_version_id"))
    @MapKeyColumn(name = "language")
    public Map<String, Translation> texts = new HashMap<>();

    /** The version in force at {@code now}: the latest one published by then. */
    public static PolicyVersion current(Instant now) {
        return find("publishedAt <= ?1 order by publishedAt desc, version desc", now).firstResult();
    }

    /** Every version published by {@code now}, the latest first. */
    public static List<PolicyVersion> published(Instant now) {
        return list("publishedAt <= ?1 order by publishedAt desc, version desc", now);
    }

    /** The version with this label, if it is published by {@code now}. */
    public static Optional<PolicyVersion> published(String label, Instant now) {
        return find("version = ?1 and publishedAt <= ?2", label, now).firstResultOptional();
    }

    /** The version published just before this one, if any. */
    public Optional<PolicyVersion> previous() {
        return find(
                        "publishedAt < ?1 or (publishedAt = ?1 and version < ?2) "
                                + "order by publishedAt desc, version desc",
                        publishedAt,
                        version)
                .firstResultOptional();
    }

    /**
     * The language of the text to show in the locale: its own if the version has it; else the first
     * of the languages offered that it has (a version published when the deployment offered other
     * languages); else any.
     */
    public String language(Locale locale, List<Locale> offered) {
        if (texts.containsKey(locale.getLanguage())) {
            return locale.getLanguage();
        }
        return offered.stream()
                .map(Locale::getLanguage)
                .filter(texts::containsKey)
                .findFirst()
                .orElseGet(() -> texts.keySet().iterator().next());
    }

    /** The text to show in the locale, as {@link #language} chooses it. */
    public Translation text(Locale locale, List<Locale> offered) {
        return texts.get(language(locale, offered));
    }
}
