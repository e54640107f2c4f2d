package dev.custodian.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.event.Observes;

/** Renders every page in the request's language without each resource having to ask for it. */
public class TemplateLocale {

    void addLocaleToEveryTemplate(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(
                instance -> {
                    // Only for an HTTP request: a job or a test may have a request context without
                    // one.
                    ManagedContext requestContext = Arc.container().requestContext();
                    if (requestContext.isActive()
                            && Arc.container()
                                            .instance(CurrentVertxRequest.class)
                                            .get()
                                            .getCurrent()
                                    != null) {
                        instance.setLocale(
                                Arc.container().instance(RequestLocale.class).get().get());
                    }
                });
    }
}
