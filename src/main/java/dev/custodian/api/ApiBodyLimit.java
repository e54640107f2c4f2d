package dev.custodian.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custodian.web.BodyLimit;
import dev.custodian.web.Messages;
import dev.custodian.web.RequestLocale;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A call that announces a body over the server's limit gets a problem ({@link
 * ProblemType#BODY_TOO_LARGE}) before any of it is read, as every other API error does, where the
 * rest of the portal gets {@link BodyLimit}'s page.
 */
@Singleton
class ApiBodyLimit {

    private final BodyLimit limit;
    private final ObjectMapper json;
    private final Map<String, byte[]> problems = new ConcurrentHashMap<>();

    ApiBodyLimit(BodyLimit limit, ObjectMapper json) {
        this.limit = limit;
        this.json = json;
    }

    void register(@Observes Router router) {
        // before the page's check, which would answer an API call with HTML
        router.route(ApiResponses.PATH + "*")
                .order(BodyLimit.ROUTE_ORDER - 1)
                .handler(this::problemWhenTooLarge);
    }

    private void problemWhenTooLarge(RoutingContext context) {
        if (!limit.tooLarge(context)) {
            context.next();
            return;
        }
        String lang = RequestLocale.withoutAccount(context.request()).getLanguage();
        BodyLimit.refuse(
                context, Problem.MEDIA_TYPE, problems.computeIfAbsent(lang, this::problem));
    }

    private byte[] problem(String lang) {
        ApiMessages messages = Messages.in(ApiMessages.class, Locale.forLanguageTag(lang));
        try {
            return json.writeValueAsBytes(
                    Problem.of(
                            ProblemType.BODY_TOO_LARGE,
                            messages,
                            messages.body_too_large(limit.megabytes()),
                            null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
