package dev.custodian.activity;

import dev.custodian.catalogue.ValueWords;
import dev.custodian.web.Messages;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The words of the activity log's stored values, for the export's index.html. */
@Singleton
class ActivityValueWords {

    @Produces
    @Singleton
    ValueWords eventType() {
        return ValueWords.ofEnum(
                "account_event",
                "type",
                EventType.class,
                (type, locale) -> Messages.in(ActivityMessages.class, locale).event(type));
    }
}
