package dev.custodian.product;

import dev.custodian.web.Messages;
import dev.custodian.web.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;

/** The account's invoices, with the billing details each was issued to. */
@Path("/account/billing")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class BillingResource {

    /** An invoice as the page shows it. */
    public record Row(
            String number, String issued, String amount, String billedTo, String keptUntil) {}

    @CheckedTemplate(basePath = "product/BillingResource")
    static class Templates {
        static native TemplateInstance billing(List<Row> invoices);
    }

    @Inject SignedIn signedIn;

    @Inject Messages messages;

    @GET
    public TemplateInstance billing() {
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        List<Row> rows =
                Invoice.ofAccount(signedIn.accountId()).stream()
                        .map(
                                invoice -> {
                                    NumberFormat money =
                                            NumberFormat.getCurrencyInstance(messages.locale());
                                    money.setCurrency(Currency.getInstance(invoice.currency));
                                    return new Row(
                                            invoice.number,
                                            dates.format(invoice.issuedOn),
                                            money.format(invoice.amount),
                                            invoice.billingName + "\n" + invoice.billingAddress,
                                            dates.format(invoice.retainUntil));
                                })
                        .toList();
        return Templates.billing(rows);
    }
}
