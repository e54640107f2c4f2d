package dev.custodian.communication;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A marketing mail for one category and language, queued to its subscribers in batches. */
@Entity
public class Campaign extends PanacheEntityBase {

    public enum Status {
        /** Composed, previewed, not sent. */
        DRAFT,
        /** Being queued, batch after batch. */
        SENDING,
        /** Every subscriber has a mail in the outbox. */
        QUEUED
    }

    @Id @GeneratedValue public UUID id;

    @Column(nullable = false)
    public Category category;

    /** The language of the mail; it goes to the accounts that read Custodian in it. */
    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public String subject;

    /** Plain text; a blank line starts a paragraph. */
    @Column(nullable = false)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public Instant createdAt;

    public UUID cursorAccountId;
    public int queued;
    @Version public long version;
}
