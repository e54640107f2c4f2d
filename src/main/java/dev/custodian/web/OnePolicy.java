package dev.custodian.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * The security headers of application.properties are set on every response before the page is made,
 * and a page's own Content-Security-Policy ({@link ScriptPolicy}) comes beside them: a browser
 * would enforce both, and so still refuse the script. Just before the headers leave, the page's own
 * policy is kept alone.
 */
@Singleton
public class OnePolicy {

    /** Early, so that it sees every response, whichever handler writes it. */
    private static final int PRIORITY = 1000;

    void register(@Observes Filters filters) {
        filters.register(
                context -> {
                    context.addHeadersEndHandler(
                            ignored -> keepScriptPolicy(context.response().headers()));
                    context.next();
                },
                PRIORITY);
    }

    static void keepScriptPolicy(MultiMap headers) {
        if (headers.getAll(ScriptPolicy.HEADER).contains(ScriptPolicy.POLICY)) {
            headers.set(ScriptPolicy.HEADER, ScriptPolicy.POLICY);
        }
    }
}
