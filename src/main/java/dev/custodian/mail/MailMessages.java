package dev.custodian.mail;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the outbox and its dead letters, in English ({@code messages/mail_en.properties})
 * and French ({@code messages/mail_fr.properties}). Templates use {@code {mail:key}}; Java gets the
 * bundle in the reader's language from {@link dev.custodian.web.Messages}.
 */
@MessageBundle(value = "mail", locale = "en")
public interface MailMessages {

    @Message
    String admin_dead_title();

    @Message
    String admin_dead_intro();

    @Message
    String admin_dead_none();

    @Message
    String admin_dead_shown(int shown, long total);

    @Message
    String admin_dead_recipient();

    @Message
    String admin_dead_kind();

    @Message
    String admin_dead_attempts();

    @Message
    String admin_dead_error();

    @Message
    String admin_dead_age();

    @Message
    String admin_dead_age_value(long days, long hours);

    @Message
    String admin_dead_since(String when);

    @Message
    String admin_dead_send_again();

    /** Keys {@code mail_stream_CONSTANT}: a mail's kind in the export's index.html. */
    @Message
    String mail_stream(OutboxMail.Stream value);

    /** Keys {@code mail_status_CONSTANT}: whether a mail has left. */
    @Message
    String mail_status(OutboxMail.Status value);
}
