package dev.custodian.product;

import dev.custodian.web.ClientInfo;
import dev.custodian.web.Flash;
import dev.custodian.web.Messages;
import dev.custodian.web.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;

/** The account's products and services, and ending one of them. */
@Path("/account/products")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ProductsResource {

    /** A product as the page shows it. */
    public record Row(
            UUID id,
            String name,
            String kind,
            String status,
            String statusLabel,
            String started,
            String ended) {}

    @CheckedTemplate(basePath = "product/ProductsResource")
    static class Templates {
        static native TemplateInstance products(
                List<Row> products, String billingContact, String error);

        static native TemplateInstance terminate(Row product);
    }

    @Inject ProductService productService;

    @Inject SignedIn signedIn;

    @Inject Messages messages;

    @Inject ClientInfo client;

    private final String billingContact;

    ProductsResource(ProductConfig config) {
        this.billingContact = config.billingContact();
    }

    @GET
    public TemplateInstance products() {
        return Templates.products(rows(), billingContact, null);
    }

    /** Asks for confirmation before a product is ended; nothing changes on a GET. */
    @GET
    @Path("{id}/terminate")
    public TemplateInstance confirmTermination(@RestPath UUID id) {
        Product product =
                Product.ofAccount(signedIn.accountId(), id).orElseThrow(NotFoundException::new);
        if (product.status != ProductStatus.ACTIVE) {
            return Templates.products(rows(), billingContact, refusal(product.status));
        }
        return Templates.terminate(row(product));
    }

    @POST
    @Path("{id}/terminate")
    public Response terminate(@RestPath UUID id) {
        switch (productService.terminate(
                signedIn.accountId(), id, client.address(), client.userAgent())) {
            case DONE:
            case ALREADY_TERMINATED:
                return Flash.redirect("/account/products", Flash.Message.PRODUCT_TERMINATED);
            case SUSPENDED:
                return Response.status(Response.Status.CONFLICT)
                        .entity(
                                Templates.products(
                                        rows(), billingContact, refusal(ProductStatus.SUSPENDED)))
                        .build();
            default:
                throw new NotFoundException();
        }
    }

    private String refusal(ProductStatus status) {
        return status == ProductStatus.SUSPENDED
                ? messages.of(ProductMessages.class).product_suspended_cannot_end(billingContact)
                : messages.of(ProductMessages.class).product_already_ended();
    }

    private List<Row> rows() {
        return Product.ofAccount(signedIn.accountId()).stream().map(this::row).toList();
    }

    private Row row(Product product) {
        return new Row(
                product.id,
                product.name,
                product.kind,
                product.status.name(),
                statusLabel(product.status),
                date(product.startedOn),
                product.endedOn == null ? null : date(product.endedOn));
    }

    private String statusLabel(ProductStatus status) {
        return messages.of(ProductMessages.class).product_status(status);
    }

    private String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(messages.locale())
                .format(date);
    }
}
