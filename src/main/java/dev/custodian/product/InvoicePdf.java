package dev.custodian.product;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.custodian.manifest.Manifest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * An invoice as a PDF, in the reader's language, with the billing name and address it was issued
 * to: an XHTML page (templates/product/InvoicePdf/invoice.html) laid out by openhtmltopdf, in
 * DejaVu Sans (bundled under product/fonts with its licence, and embedded, so that accents and €
 * show on any reader). Nothing is fetched while rendering: the page links to nothing.
 */
@Singleton
public class InvoicePdf {

    private static final String FONTS = "product/fonts/";
    private static final String FAMILY = "DejaVu Sans";

    @CheckedTemplate(basePath = "product/InvoicePdf")
    static class Templates {
        static native TemplateInstance invoice(
                String lang,
                String number,
                String issued,
                String amount,
                List<String> billedTo,
                String issuer,
                List<String> issuerAddress);
    }

    private final Manifest manifest;

    /** The fonts, read once, and their metrics, measured once: most of a PDF's cost otherwise. */
    private final byte[] regular = font("DejaVuSans.ttf");

    private final byte[] bold = font("DejaVuSans-Bold.ttf");
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();

    InvoicePdf(Manifest manifest) {
        this.manifest = manifest;
    }

    /** The invoice's PDF in the language. */
    public byte[] render(Invoice invoice, Locale locale) {
        Manifest.Controller controller = manifest.controller();
        String page =
                Templates.invoice(
                                locale.getLanguage(),
                                invoice.number,
                                invoice.issuedIn(locale),
                                invoice.amountIn(locale),
                                lines(invoice.billingName + "\n" + invoice.billingAddress),
                                controller.name(),
                                lines(controller.address()))
                        .setLocale(locale)
                        .render();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useUriResolver((base, uri) -> null);
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
        builder.useFont(
                () -> new ByteArrayInputStream(regular), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(bold), FAMILY, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(page, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static byte[] font(String file) {
        try (InputStream in = InvoicePdf.class.getClassLoader().getResourceAsStream(FONTS + file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
