package dev.custodian.api;

import dev.custodian.product.ProductService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;

/**
 * The billing system records an invoice as it issued it, billing name and address included. Scope
 * {@code invoices:write}.
 */
@Path("/api/v1/invoices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Invoices")
@SecurityRequirement(name = AccountsApi.SCHEME)
public class InvoicesApi {

    /**
     * An invoice. {@code amount} is a decimal string ("1234.50"), with at most as many decimals as
     * the ISO 4217 currency has minor units: a string keeps the amount exact as printed, where a
     * JSON number becomes a binary float in many clients, and minor units would make every client
     * know each currency's exponent.
     */
    public record InvoiceRequest(
            UUID accountId,
            String number,
            String amount,
            String currency,
            LocalDate issuedOn,
            String billingName,
            String billingAddress) {}

    /** What is answered: ids only, so that the stored idempotent answer holds no personal data. */
    public record InvoiceCreated(UUID accountId, String number) {}

    @Inject ApiCalls calls;

    @Inject Idempotency idempotency;

    @Inject ProductService products;

    /** Records the invoice (201); its number must be new (409), its account open (409). */
    @POST
    @Operation(summary = "Add an invoice")
    public Response add(
            @Parameter(hidden = true) @RestHeader(HttpHeaders.AUTHORIZATION) String authorization,
            @RestHeader("Idempotency-Key") String idempotencyKey,
            @RequestBodySchema(InvoiceRequest.class) String body) {
        ApiKey key = calls.require(authorization, ApiScope.INVOICES_WRITE);
        String once = calls.idempotencyKey(idempotencyKey);
        JsonFields fields = calls.fields(body);
        UUID accountId = fields.id("accountId");
        String number = fields.requiredLine("number", 40);
        Currency currency = fields.currency("currency");
        BigDecimal amount = fields.amount("amount", currency);
        LocalDate issuedOn = fields.date("issuedOn", true);
        String billingName = fields.requiredLine("billingName", 250);
        String billingAddress = fields.requiredText("billingAddress", 1000);
        fields.check();
        return ApiCalls.send(
                idempotency.once(
                        key,
                        once,
                        "POST",
                        "/api/v1/invoices",
                        body,
                        () -> {
                            ProblemType refusal =
                                    switch (products.addIssuedInvoice(
                                            accountId,
                                            number,
                                            issuedOn,
                                            amount,
                                            currency.getCurrencyCode(),
                                            billingName,
                                            billingAddress)) {
                                        case DONE -> null;
                                        case NOT_FOUND -> ProblemType.NOT_FOUND;
                                        case NUMBER_TAKEN -> ProblemType.INVOICE_NUMBER_TAKEN;
                                        default -> ProblemType.ACCOUNT_NOT_ACTIVE;
                                    };
                            if (refusal != null) {
                                throw new ApiProblem(refusal, null);
                            }
                            return new Idempotency.Answer(
                                    201, null, calls.write(new InvoiceCreated(accountId, number)));
                        }));
    }
}
