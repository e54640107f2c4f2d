package dev.custodian.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The security headers of application.properties are set on every response before the page is made,
 * so a response with a policy of its own (the pages that run the script, {@link ScriptPolicy}; the
 * brand's logo) carries it beside the base one, and a browser would enforce both. Just before the
 * headers leave, a response's own policy is kept alone.
 */
@Singleton
public class OnePolicy {

    /** Early, so that it sees every response, whichever handler writes it. */
    private static final int PRIORITY = 1000;

    void register(@Observes Filters filters) {
        filters.register(
                context -> {
                    context.addHeadersEndHandler(
                            ignored -> keepOwnPolicy(context.response().headers()));
                    context.next();
                },
                PRIORITY);
    }

    static void keepOwnPolicy(MultiMap headers) {
        List<String> policies = headers.getAll(ScriptPolicy.HEADER);
        if (policies.size() > 1) {
            List<String> own = policies.stream().filter(p -> !p.equals(ScriptPolicy.BASE)).toList();
            headers.remove(ScriptPolicy.HEADER);
            own.forEach(policy -> headers.add(ScriptPolicy.HEADER, policy));
        }
    }
}
