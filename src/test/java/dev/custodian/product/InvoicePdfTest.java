package dev.custodian.product;

import static dev.custodian.testing.Accounts.signedInUser;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.testing.Accounts.User;
import dev.custodian.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InvoicePdfTest {

    private static final Logger LOG = Logger.getLogger(InvoicePdfTest.class);

    @Inject ProductService products;

    @Inject InvoicePdf pdf;

    @Test
    void anInvoiceDownloadsAsAPdfWithWhatItWasIssuedToInTheUsersLanguage() throws IOException {
        User user = signedInUser();
        Invoice invoice = invoice(user);
        String link = "/account/billing/" + invoice.id + "/pdf";
        user.browser().get("/account/billing").then().body(containsString("href=\"" + link + "\""));

        Response english = user.browser().get(link);
        english.then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Cache-Control", "no-store")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"invoice-" + invoice.number + ".pdf\"");
        String text = text(english.asByteArray());
        for (String expected :
                new String[] {
                    "Invoice " + invoice.number,
                    "€1,234.50",
                    "Zoë Lefèvre, Société Générale",
                    "3 rue de l’Église",
                    "75004 Paris",
                    "Issued by"
                }) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }

        user.browser()
                .submit("/", "/language", Map.of("lang", "fr", "next", "/"))
                .then()
                .statusCode(303);
        String french = text(user.browser().get(link).asByteArray());
        for (String expected :
                new String[] {
                    "Facture " + invoice.number,
                    "1 234,50",
                    "€",
                    "Émise par",
                    "Facturé à",
                    "Zoë Lefèvre"
                }) {
            assertTrue(
                    french.replace('\u202f', ' ').contains(expected), expected + " in " + french);
        }
    }

    @Test
    void anotherAccountsInvoiceIsNotFound() {
        User owner = signedInUser();
        Invoice invoice = invoice(owner);
        User stranger = signedInUser();

        stranger.browser().get("/account/billing/" + invoice.id + "/pdf").then().statusCode(404);
        stranger.browser()
                .get("/account/billing/" + UUID.randomUUID() + "/pdf")
                .then()
                .statusCode(404);
        stranger.browser().get("/account/billing/not-an-id/pdf").then().statusCode(404);
    }

    /** Not an assertion (no test depends on timing): the figure behind the rate limit. */
    @Test
    void measuresHowLongAPdfTakes() throws IOException {
        Invoice invoice = invoice(signedInUser());
        pdf.render(invoice, Locale.ENGLISH);
        int count = 20;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            pdf.render(invoice, i % 2 == 0 ? Locale.ENGLISH : Locale.FRENCH);
        }
        long ms = (System.nanoTime() - start) / 1_000_000 / count;
        LOG.infof("An invoice PDF takes %d ms", ms);
        assertTrue(text(pdf.render(invoice, Locale.ENGLISH)).contains(invoice.number));
    }

    /** An invoice issued to a name and address with accents, as French billing details have. */
    private Invoice invoice(User user) {
        String number = "INV-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(
                ProductService.Outcome.DONE,
                products.addInvoice(
                        user.id(),
                        number,
                        LocalDate.of(2026, 3, 1),
                        new BigDecimal("1234.50"),
                        "EUR"));
        return Db.inTransaction(
                () -> {
                    Invoice issued = Invoice.find("number", number).firstResult();
                    issued.billingName = "Zoë Lefèvre, Société Générale";
                    issued.billingAddress = "3 rue de l’Église\n75004 Paris\nFrance";
                    return issued;
                });
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
