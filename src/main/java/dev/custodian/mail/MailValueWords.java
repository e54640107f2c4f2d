package dev.custodian.mail;

import dev.custodian.catalogue.ValueWords;
import dev.custodian.web.Messages;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The words of a mail's stored stream and status, for the export's index.html. */
@Singleton
class MailValueWords {

    @Produces
    @Singleton
    ValueWords stream() {
        return ValueWords.ofEnum(
                "outbox_mail",
                "stream",
                OutboxMail.Stream.class,
                (stream, locale) -> Messages.in(MailMessages.class, locale).mail_stream(stream));
    }

    @Produces
    @Singleton
    ValueWords status() {
        return ValueWords.ofEnum(
                "outbox_mail",
                "status",
                OutboxMail.Status.class,
                (status, locale) -> Messages.in(MailMessages.class, locale).mail_status(status));
    }
}
