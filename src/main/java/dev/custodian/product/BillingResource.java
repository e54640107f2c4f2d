package dev.custodian.product;

import dev.custodian.auth.RateLimiter;
import dev.custodian.web.Messages;
import dev.custodian.web.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;

/** The account's invoices, with the billing details each was issued to, and each as a PDF. */
@Path("/account/billing")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class BillingResource {

    /**
     * Laying out a PDF takes a worker thread for a good part of a second on a busy machine: enough
     * for anyone reading their invoices, too few to let one account keep the workers busy.
     */
    private static final int PDFS_PER_MINUTE = 10;

    /** An invoice as the page shows it. */
    public record Row(
            UUID id,
            String number,
            String issued,
            String amount,
            String billedTo,
            String keptUntil) {}

    @CheckedTemplate(basePath = "product/BillingResource")
    static class Templates {
        static native TemplateInstance billing(List<Row> invoices);
    }

    @Inject SignedIn signedIn;

    @Inject Messages messages;

    @Inject InvoicePdf pdf;

    /** Not transactional itself: the rate limiter's buckets commit on their own. */
    @Inject RateLimiter rateLimiter;

    @GET
    public TemplateInstance billing() {
        Locale locale = messages.locale();
        List<Row> rows =
                Invoice.ofAccount(signedIn.accountId()).stream()
                        .map(
                                invoice ->
                                        new Row(
                                                invoice.id,
                                                invoice.number,
                                                invoice.issuedIn(locale),
                                                invoice.amountIn(locale),
                                                invoice.billingName + "\n" + invoice.billingAddress,
                                                invoice.retainedUntilIn(locale)))
                        .toList();
        return Templates.billing(rows);
    }

    /** The account's invoice as a PDF, to download; another account's is not found. */
    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response download(@RestPath UUID id) {
        Invoice invoice = Invoice.ofAccount(signedIn.accountId(), id);
        if (invoice == null) {
            throw new NotFoundException();
        }
        rateLimiter.consume(
                "invoice-pdf:" + signedIn.accountId(), PDFS_PER_MINUTE, Duration.ofMinutes(1));
        return Response.ok(pdf.render(invoice, messages.locale()), "application/pdf")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"invoice-" + fileName(invoice.number) + ".pdf\"")
                .build();
    }

    /** An admin may type any character in a number; a file name keeps the harmless ones. */
    private static String fileName(String number) {
        return number.replaceAll("[^A-Za-z0-9._-]", "-");
    }
}
