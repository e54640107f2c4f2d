package dev.custodian.closure;

import dev.custodian.account.Account;
import dev.custodian.account.AccountMails;
import dev.custodian.mail.Outbox;
import dev.custodian.web.BaseUrl;
import dev.custodian.web.Messages;
import dev.custodian.web.WebConfig;
import dev.custodian.webhook.Events;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Singleton;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The closure confirmation: a service message, sent whatever the account's mail preferences. */
@Singleton
class ClosureMails {

    @CheckedTemplate(basePath = "closure/ClosureMails")
    static class Templates {
        static native TemplateInstance accountClosed(
                String firstName,
                String eraseOn,
                boolean asSoonAsPossible,
                String reopenLink,
                String told);
    }

    private final Outbox outbox;
    private final String baseUrl;
    private final Events events;

    ClosureMails(Outbox outbox, WebConfig web, Events events) {
        this.outbox = outbox;
        this.events = events;
        this.baseUrl = BaseUrl.of(web.baseUrl());
    }

    /**
     * {@code reopenToken} is null when the account cannot be reopened: the user asked for erasure
     * as soon as possible, or the company offers no reopening.
     */
    void closed(Account account, boolean asSoonAsPossible, String reopenToken) {
        Locale locale = AccountMails.localeOf(account);
        String eraseOn =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(account.eraseAfter.atZone(ZoneOffset.UTC));
        String told = events.toldOfErasureInWords();
        String link = reopenToken == null ? null : baseUrl + "/reopen?token=" + reopenToken;
        outbox.enqueue(
                account.id,
                account.email,
                locale,
                Messages.in(ClosureMessages.class, locale).mail_closed_subject(),
                () ->
                        Templates.accountClosed(
                                account.firstName, eraseOn, asSoonAsPossible, link, told));
    }
}
