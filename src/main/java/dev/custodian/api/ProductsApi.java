package dev.custodian.api;

import dev.custodian.product.Product;
import dev.custodian.product.ProductService;
import dev.custodian.product.ProductStatus;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The billing system keeps an account's products current, each by its own id: a PUT creates or
 * replaces it, so sending it twice does no more than once. Scope {@code products:write}.
 */
@Path("/api/v1/products/{externalId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
@SecurityRequirement(name = AccountsApi.SCHEME)
public class ProductsApi {

    /** The billing system's ids: letters, digits and {@code . _ : -}, up to 100. */
    private static final String EXTERNAL_ID = "[A-Za-z0-9._:-]{1,100}";

    /**
     * A product as the billing system sends it; {@code endedOn} only for a terminated product
     * (today when left out).
     */
    public record ProductRequest(
            UUID accountId,
            String name,
            String kind,
            ProductStatus status,
            LocalDate startedOn,
            LocalDate endedOn) {}

    /** The product as stored. */
    public record ProductView(
            String externalId,
            UUID accountId,
            String name,
            String kind,
            ProductStatus status,
            LocalDate startedOn,
            LocalDate endedOn) {
        static ProductView of(Product product) {
            return new ProductView(
                    product.externalId,
                    product.accountId,
                    product.name,
                    product.kind,
                    product.status,
                    product.startedOn,
                    product.endedOn);
        }
    }

    @Inject ApiCalls calls;

    @Inject ProductService products;

    /** Creates (201) or updates (200) the product; an active one needs an open account (409). */
    @PUT
    @Operation(summary = "Create or update a product by the billing system's id")
    public Response put(
            @Parameter(hidden = true) @RestHeader(HttpHeaders.AUTHORIZATION) String authorization,
            @RestPath String externalId,
            @RequestBodySchema(ProductRequest.class) String body) {
        calls.require(authorization, ApiScope.PRODUCTS_WRITE);
        if (!externalId.matches(EXTERNAL_ID)) {
            throw new ApiProblem(ProblemType.NOT_FOUND, calls.texts().external_id_form());
        }
        ProductRequest product = read(body);
        ProductService.Outcome outcome =
                Idempotency.againAfterConflict(
                        () ->
                                products.put(
                                        externalId,
                                        product.accountId(),
                                        product.name(),
                                        product.kind(),
                                        product.status(),
                                        product.startedOn(),
                                        product.endedOn()));
        ProblemType refusal =
                switch (outcome) {
                    case CREATED, DONE -> null;
                    case NOT_FOUND -> ProblemType.NOT_FOUND;
                    case OTHER_ACCOUNT -> ProblemType.OTHER_ACCOUNT;
                    default -> ProblemType.ACCOUNT_NOT_ACTIVE;
                };
        if (refusal != null) {
            throw new ApiProblem(refusal, null);
        }
        ProductView view = Product.byExternalId(externalId).map(ProductView::of).orElseThrow();
        return ApiCalls.send(
                new Idempotency.Answer(
                        outcome == ProductService.Outcome.CREATED ? 201 : 200,
                        outcome == ProductService.Outcome.CREATED
                                ? "/api/v1/products/" + externalId
                                : null,
                        calls.write(view)));
    }

    private ProductRequest read(String body) {
        JsonFields fields = calls.fields(body);
        ApiMessages texts = calls.texts();
        UUID accountId = fields.id("accountId");
        String name = fields.requiredLine("name", 150);
        String kind = fields.requiredLine("kind", 60);
        ProductStatus status = fields.choice("status", ProductStatus.class);
        LocalDate startedOn = fields.date("startedOn", true);
        LocalDate endedOn = fields.date("endedOn", false);
        if (endedOn != null && status != null && status != ProductStatus.TERMINATED) {
            fields.add("endedOn", texts.ended_on_only_when_terminated());
        } else if (endedOn != null && startedOn != null && endedOn.isBefore(startedOn)) {
            fields.add("endedOn", texts.ended_on_before_start());
        }
        fields.check();
        return new ProductRequest(accountId, name, kind, status, startedOn, endedOn);
    }
}
