package dev.custodian.mail;

import dev.custodian.web.BaseUrl;
import dev.custodian.web.WebConfig;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import jakarta.inject.Singleton;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Puts an email in the outbox, in the caller's transaction: the mail exists exactly when the change
 * that caused it does, and the dispatcher sends it later.
 */
@Singleton
public class Outbox {

    private static final Variant HTML = Variant.forContentType(Variant.TEXT_HTML);
    private static final Variant TEXT = Variant.forContentType(Variant.TEXT_PLAIN);

    private final Clock clock;

    /** What follows the unique part of each Message-ID: "@", the portal's host name, ">". */
    private final String messageIdSuffix;

    Outbox(Clock clock, WebConfig web) {
        this.clock = clock;
        String host = URI.create(BaseUrl.of(web.baseUrl())).getHost();
        if (host == null) {
            throw new IllegalArgumentException(
                    "custodian.base-url has no host name: " + web.baseUrl());
        }
        this.messageIdSuffix = "@" + host + ">";
    }

    /**
     * Puts a dead letter back in the queue, due now, with its attempts counted afresh and its
     * Message-ID kept; 0 when {@code id} is no dead letter (unknown, or already sent again).
     */
    @Transactional
    public int sendAgain(UUID id) {
        return OutboxMail.update(
                "status = ?1, attempts = 0, nextAttemptAt = ?2 where id = ?3 and status = ?4",
                OutboxMail.Status.PENDING,
                clock.instant(),
                id,
                OutboxMail.Status.DEAD);
    }

    /**
     * A new Message-ID (RFC 5322 3.6.4), {@code <uuid@portal-host>}: written with the row, so that
     * every attempt to send the mail carries the same one.
     */
    public String newMessageId() {
        return "<" + UUID.randomUUID() + messageIdSuffix;
    }

    /**
     * Renders {@code template} (a template with an .html and a .txt variant) in {@code locale} and
     * queues it for {@code recipient}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMail enqueue(
            UUID accountId,
            String recipient,
            Locale locale,
            String subject,
            Supplier<TemplateInstance> template) {
        return enqueue(
                accountId,
                recipient,
                locale,
                subject,
                template,
                OutboxMail.Stream.SERVICE,
                null,
                null);
    }

    /**
     * A marketing mail of {@code campaignId}: it leaves through the marketing mailer (its own
     * sender, DKIM-signed) with {@code headers} (List-Unsubscribe and List-Unsubscribe-Post).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMail enqueueMarketing(
            UUID accountId,
            String recipient,
            Locale locale,
            String subject,
            Supplier<TemplateInstance> template,
            UUID campaignId,
            Map<String, String> headers) {
        return enqueue(
                accountId,
                recipient,
                locale,
                subject,
                template,
                OutboxMail.Stream.MARKETING,
                campaignId,
                headers);
    }

    /**
     * The same service message to every active, verified account whose language is {@code locale},
     * and, when {@code locale} is the first of {@code offered} (the default), to the accounts with
     * no language or one no longer offered: rendered once and queued by one INSERT ... SELECT, so
     * that a policy change reaches 100,000 accounts in one statement. Returns how many mails were
     * queued.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueueToActiveAccounts(
            Locale locale,
            List<Locale> offered,
            String subject,
            Supplier<TemplateInstance> template) {
        Instant now = clock.instant();
        String language = locale.getLanguage();
        boolean fallback = offered.get(0).getLanguage().equals(language);
        // gen_random_uuid() is evaluated for each row, giving each mail a Message-ID of its own.
        Query insert =
                Panache.getEntityManager()
                        .createNativeQuery(
                                "INSERT INTO outbox_mail (account_id, kind, recipient, "
                                        + "subject, body_text, body_html, status, next_attempt_at, created_at, stream, message_id) "
                                        + "SELECT a.id, ?1, a.email, ?2, ?3, ?4, 'PENDING', ?5, ?5, 'SERVICE', "
                                        + "CONCAT('<', CAST(gen_random_uuid() AS VARCHAR(36)), ?6) FROM account a "
                                        + "WHERE a.status = 'ACTIVE' AND a.email_verified_at IS NOT NULL AND "
                                        + (fallback
                                                ? "(a.locale = ?7 OR a.locale IS NULL OR a.locale NOT IN (?8))"
                                                : "a.locale = ?7"))
                        .setParameter(1, kind(template.get()))
                        .setParameter(2, subject)
                        .setParameter(3, render(template.get(), TEXT, locale))
                        .setParameter(4, render(template.get(), HTML, locale))
                        .setParameter(5, now)
                        .setParameter(6, messageIdSuffix)
                        .setParameter(7, language);
        if (fallback) {
            insert.setParameter(8, offered.stream().map(Locale::getLanguage).toList());
        }
        return insert.executeUpdate();
    }

    private OutboxMail enqueue(
            UUID accountId,
            String recipient,
            Locale locale,
            String subject,
            Supplier<TemplateInstance> template,
            OutboxMail.Stream stream,
            UUID campaignId,
            Map<String, String> headers) {
        Instant now = clock.instant();
        OutboxMail mail = new OutboxMail();
        mail.accountId = accountId;
        mail.kind = kind(template.get());
        mail.recipient = recipient;
        mail.subject = subject;
        mail.bodyHtml = render(template.get(), HTML, locale);
        mail.bodyText = render(template.get(), TEXT, locale);
        mail.messageId = newMessageId();
        mail.status = OutboxMail.Status.PENDING;
        mail.nextAttemptAt = now;
        mail.createdAt = now;
        mail.stream = stream;
        mail.campaignId = campaignId;
        if (headers != null) {
            mail.headers =
                    headers.entrySet().stream()
                            .map(h -> h.getKey() + ": " + h.getValue())
                            .collect(Collectors.joining("\n"));
        }
        mail.persist();
        return mail;
    }

    private static String render(TemplateInstance instance, Variant variant, Locale locale) {
        return instance.setAttribute(TemplateInstance.SELECTED_VARIANT, variant)
                .setLocale(locale)
                .render();
    }

    /**
     * The template's name without folder or suffix: {@code signup/SignupMails/verifyEmail.html} is
     * verifyEmail.
     */
    private static String kind(TemplateInstance instance) {
        String id = instance.getTemplate().getId();
        String name = id.substring(id.lastIndexOf('/') + 1);
        return name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    }
}
