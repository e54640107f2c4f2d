package dev.custodian.export;

import dev.custodian.catalogue.ValueWords;
import dev.custodian.web.Messages;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The words of an export's stored status, as the copy-of-my-data page says them. */
@Singleton
class ExportValueWords {

    @Produces
    @Singleton
    ValueWords status() {
        return ValueWords.ofEnum(
                "data_export",
                "status",
                DataExport.Status.class,
                (status, locale) -> {
                    ExportMessages texts = Messages.in(ExportMessages.class, locale);
                    return switch (status) {
                        case REQUESTED -> texts.export_state_requested();
                        case READY -> texts.export_state_ready();
                        case EXPIRED -> texts.export_state_expired();
                        case FAILED -> texts.export_state_failed();
                    };
                });
    }
}
