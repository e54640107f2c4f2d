package dev.custodian.export;

import dev.custodian.account.Account;
import dev.custodian.account.AccountMails;
import dev.custodian.mail.Outbox;
import dev.custodian.web.BaseUrl;
import dev.custodian.web.Messages;
import dev.custodian.web.WebConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * "Your copy is ready": a service message with a link to the data page, where the download needs a
 * sign-in.
 */
@Singleton
class ExportMails {

    @CheckedTemplate(basePath = "export/ExportMails")
    static class Templates {
        static native TemplateInstance exportReady(String firstName, String link, String until);
    }

    private final Outbox outbox;
    private final String baseUrl;

    ExportMails(Outbox outbox, WebConfig web) {
        this.outbox = outbox;
        this.baseUrl = BaseUrl.of(web.baseUrl());
    }

    void ready(Account account, Instant until) {
        Locale locale = AccountMails.localeOf(account);
        String untilText =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                                .withLocale(locale)
                                .withZone(ZoneOffset.UTC)
                                .format(until)
                        + " UTC";
        outbox.enqueue(
                account.id,
                account.email,
                locale,
                Messages.in(ExportMessages.class, locale).mail_export_ready_subject(),
                () ->
                        Templates.exportReady(
                                account.firstName, baseUrl + "/account/data", untilText));
    }
}
