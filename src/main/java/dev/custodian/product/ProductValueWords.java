package dev.custodian.product;

import dev.custodian.catalogue.ValueWords;
import dev.custodian.web.Messages;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The words of a product's stored status, for the export's index.html. */
@Singleton
class ProductValueWords {

    @Produces
    @Singleton
    ValueWords status() {
        return ValueWords.ofEnum(
                "product",
                "status",
                ProductStatus.class,
                (status, locale) ->
                        Messages.in(ProductMessages.class, locale).product_status(status));
    }
}
