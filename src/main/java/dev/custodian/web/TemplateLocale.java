package dev.custodian.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.EngineBuilder;
import jakarta.enterprise.event.Observes;

/** Renders every page in the request's language without each resource having to ask for it. */
public class TemplateLocale {

    void addLocaleToEveryTemplate(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(instance -> {
            ManagedContext requestContext = Arc.container().requestContext();
            if (requestContext.isActive()) {
                instance.setLocale(Arc.container().instance(RequestLocale.class).get().get());
            }
        });
    }
}
