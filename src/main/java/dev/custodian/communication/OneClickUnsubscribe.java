package dev.custodian.communication;

import dev.custodian.web.ClientInfo;
import dev.custodian.web.RequestLocale;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The POST behind an unsubscribe link (RFC 8058): mailbox providers send it without cookies,
 * session or CSRF token, and expect a 200 without a redirect. The HMAC in the token is its only
 * authority. It is a plain Vert.x route rather than a REST resource so that the CSRF filter, which
 * would refuse a tokenless form, never sees it, and it never blocks a thread: the {@link
 * WithdrawalWriter} commits withdrawals in groups and the answer leaves once the request's is
 * committed. Idempotent, and quietly successful for a closed or erased account. With marketing off
 * in the manifest, both routes answer 404, as the other marketing pages do ({@link MarketingGate}).
 */
@Singleton
public class OneClickUnsubscribe {

    @CheckedTemplate(basePath = "communication/OneClickUnsubscribe")
    static class Templates {
        /**
         * {@code token}: to undo it, when {@link UnsubscribeResource} answers a person on the page;
         * null in the one-click answer, which is shared.
         */
        static native TemplateInstance done(
                String lang, String category, boolean all, String token);

        static native TemplateInstance again(String lang, String category);

        static native TemplateInstance invalid(String lang);
    }

    private final UnsubscribeTokens tokens;
    private final WithdrawalWriter withdrawals;
    private final MarketingCategories categories;

    /**
     * Answers differ only by language, category and scope: each is rendered and encoded once
     * (Netty's char-by-char encoding of a String answer costs more than the rest of the request).
     */
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();

    OneClickUnsubscribe(
            UnsubscribeTokens tokens,
            WithdrawalWriter withdrawals,
            MarketingCategories categories) {
        this.tokens = tokens;
        this.withdrawals = withdrawals;
        this.categories = categories;
    }

    /**
     * The body (List-Unsubscribe=One-Click, form-encoded or multipart) is left unread: RFC 8058
     * makes it a constant, and the token says everything that matters.
     */
    void register(@Observes Router router) {
        router.post("/unsubscribe/:token").handler(context -> unsubscribe(context, false));
        router.post("/unsubscribe/:token/all").handler(context -> unsubscribe(context, true));
    }

    /**
     * Runs on the event loop: checks the token, queues the withdrawal and answers once it is
     * committed.
     */
    private void unsubscribe(RoutingContext context, boolean all) {
        if (!categories.enabled()) {
            // no page links here: a mailbox provider's POST gets a bare 404
            context.response().setStatusCode(404).end();
            return;
        }
        String lang = lang(context);
        // A genuine link withdraws its category even when the manifest no longer offers it:
        // withdrawing consent stays as easy as giving it was (GDPR art. 7(3)).
        Optional<UnsubscribeTokens.Subject> subject = tokens.verify(context.pathParam("token"));
        if (subject.isEmpty()) {
            respond(
                    context,
                    400,
                    pages.computeIfAbsent(
                            "invalid:" + lang, key -> render(Templates.invalid(lang), lang)));
            return;
        }
        UnsubscribeTokens.Subject who = subject.get();
        // The page's buttons say where they come from; a mailbox provider's POST does not.
        ConsentEvent.Source source =
                "page".equals(context.queryParams().get("from"))
                        ? ConsentEvent.Source.EMAIL_LINK
                        : ConsentEvent.Source.ONE_CLICK;
        String ip = ClientInfo.address(context.request());
        List<Category> withdrawn = all ? categories.offered() : List.of(who.category());
        CompletableFuture<?>[] written =
                withdrawn.stream()
                        .map(
                                category ->
                                        withdrawals.withdraw(who.accountId(), category, source, ip))
                        .toArray(CompletableFuture[]::new);
        Context vertxContext = Vertx.currentContext();
        CompletableFuture.allOf(written)
                .whenComplete(
                        (done, failure) ->
                                vertxContext.runOnContext(
                                        ignored -> {
                                            if (failure != null) {
                                                context.response()
                                                        .setStatusCode(503)
                                                        .putHeader("Retry-After", "60")
                                                        .end();
                                                return;
                                            }
                                            // In the browser's language: a mailbox provider reads
                                            // no answer, a person does.
                                            respond(
                                                    context,
                                                    200,
                                                    donePage(lang, who.category(), all));
                                        }));
    }

    private byte[] donePage(String lang, Category category, boolean all) {
        return pages.computeIfAbsent(
                lang + ":" + category.id() + ":" + all,
                key -> {
                    String name = categories.name(category, Locale.forLanguageTag(lang));
                    return render(Templates.done(lang, name, all, null), lang);
                });
    }

    /** The browser's language. */
    private static String lang(RoutingContext context) {
        return RequestLocale.negotiate(context.request().getHeader("Accept-Language"))
                .getLanguage();
    }

    private static byte[] render(TemplateInstance page, String lang) {
        return page.setLocale(Locale.forLanguageTag(lang))
                .render()
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A fresh buffer over the shared bytes for each answer: Netty may consume what it writes. */
    private static void respond(RoutingContext context, int status, byte[] page) {
        context.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "text/html;charset=UTF-8")
                .putHeader("Cache-Control", "no-store")
                .end(Buffer.buffer(page));
    }
}
