package dev.custodian.account;

import dev.custodian.mail.Outbox;
import dev.custodian.web.BaseUrl;
import dev.custodian.web.Messages;
import dev.custodian.web.RequestLocale;
import dev.custodian.web.WebConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The account's service messages, about its address and its security: the lockout mail here, and
 * for each feature's own mails (SignupMails, AuthMails, TwoFactorMails, EmailChangeMails) the way
 * they are addressed, linked and dated. They are not marketing and cannot be unsubscribed; each
 * says so in its footer. Written to the outbox in the caller's transaction.
 */
@Singleton
public class AccountMails {

    @CheckedTemplate(basePath = "account/AccountMails")
    static class Templates {
        static native TemplateInstance accountLocked(String firstName, String link);
    }

    private final Outbox outbox;
    private final String baseUrl;

    AccountMails(Outbox outbox, WebConfig web) {
        this.outbox = outbox;
        this.baseUrl = BaseUrl.of(web.baseUrl());
    }

    void accountLocked(Account account, String token) {
        String link = link("/password/reset?token=", token);
        send(
                account,
                texts(account).mail_locked_subject(),
                () -> Templates.accountLocked(account.firstName, link));
    }

    /** Queues a mail to the account's address, in its language. */
    public void send(Account account, String subject, Supplier<TemplateInstance> template) {
        sendTo(account, account.email, subject, template);
    }

    /** Queues a mail about the account to another address (an email change's), in its language. */
    public void sendTo(
            Account account, String address, String subject, Supplier<TemplateInstance> template) {
        outbox.enqueue(account.id, address, localeOf(account), subject, template);
    }

    /** An absolute link to a page of the portal. */
    public String url(String path) {
        return baseUrl + path;
    }

    /** An absolute link carrying an emailed token. */
    public String link(String pathAndParameter, String token) {
        return baseUrl + pathAndParameter + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** The language the account's mail is written in. */
    public static Locale localeOf(Account account) {
        Locale locale = RequestLocale.supported(account.locale);
        return locale == null ? RequestLocale.offered().get(0) : locale;
    }

    /** A feature's bundle in the account's language, for a mail's subject. */
    public static <T> T texts(Class<T> bundle, Account account) {
        return Messages.in(bundle, localeOf(account));
    }

    private static AccountMessages texts(Account account) {
        return texts(AccountMessages.class, account);
    }

    /** A moment as the account's mail states it. */
    public static String format(Instant when, Account account) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG)
                .withLocale(localeOf(account))
                .withZone(ZoneOffset.UTC)
                .format(when);
    }
}
