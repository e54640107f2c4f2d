package dev.custodian.privacy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A published version of the privacy policy. Sign-up records which one the user accepted. */
@Entity
public class PolicyVersion extends PanacheEntityBase {

    @Id @GeneratedValue public UUID id;

    /** The label users see, such as {@code 2026-11}. */
    @Column(nullable = false)
    public String version;

    @Column(nullable = false)
    public Instant publishedAt;

    public boolean reducesRights;

    @Column(nullable = false)
    public String summaryEn;

    @Column(nullable = false)
    public String summaryFr;

    /** The version in force at {@code now}: the latest one published by then. */
    public static PolicyVersion current(Instant now) {
        return find("publishedAt <= ?1 order by publishedAt desc", now).firstResult();
    }

    /** Every version published by {@code now}, the latest first. */
    public static List<PolicyVersion> published(Instant now) {
        return list("publishedAt <= ?1 order by publishedAt desc", now);
    }

    public String summary(Locale locale) {
        return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? summaryFr : summaryEn;
    }
}
