package dev.custodian.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One email, from the moment the change that causes it commits until it is sent (or given up). */
@Entity
public class OutboxMail extends PanacheEntityBase {

    public enum Status {
        PENDING,
        SENT,
        DEAD
    }

    /** Service mail cannot be refused; marketing mail leaves through its own mailer and sender. */
    public enum Stream {
        SERVICE,
        MARKETING
    }

    @Id @GeneratedValue public UUID id;
    public UUID accountId;

    /** Which mail this is, for the activity log and tests: the template's name. */
    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String recipient;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String bodyText;

    @Column(nullable = false)
    public String bodyHtml;

    /** Fixed when the row is written, so that a mail sent twice is recognisably the same mail. */
    @Column(nullable = false)
    public String messageId;

    /** Extra headers, one "Name: value" a line. */
    public String headers;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public int attempts;

    @Column(nullable = false)
    public Instant nextAttemptAt;

    public String lastError;

    @Column(nullable = false)
    public Instant createdAt;

    public Instant sentAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Stream stream = Stream.SERVICE;

    /** The campaign a marketing mail belongs to. */
    public UUID campaignId;
}
