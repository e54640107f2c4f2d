package dev.custodian.admin;

import dev.custodian.account.Account;
import dev.custodian.account.AccountStatus;
import dev.custodian.product.Invoice;
import dev.custodian.product.Product;
import dev.custodian.product.ProductMessages;
import dev.custodian.product.ProductService;
import dev.custodian.product.ProductStatus;
import dev.custodian.web.Flash;
import dev.custodian.web.FormErrors;
import dev.custodian.web.Messages;
import dev.custodian.webhook.Events;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The back office: find an account, see and change its products and invoices, and watch the erasure
 * queue. Admins are the accounts with the admin role (the first from {@code
 * custodian.admin-emails}).
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class AdminResource {

    private static final int UNPROCESSABLE = 422;
    private static final int QUEUE_SHOWN = 50;

    /** What was typed in the two forms of the account page, kept when one is refused. */
    public record Typed(
            String productName,
            String productKind,
            String invoiceNumber,
            String invoiceDate,
            String invoiceAmount,
            String invoiceCurrency) {
        static final Typed EMPTY = new Typed("", "", "", "", "", "EUR");
    }

    @CheckedTemplate(basePath = "admin/AdminResource")
    static class Templates {
        static native TemplateInstance home(String email, String error, List<Account> erasureQueue);

        static native TemplateInstance account(
                Account account,
                List<Product> products,
                List<Invoice> invoices,
                Map<ProductStatus, String> statuses,
                Typed typed,
                FormErrors productErrors,
                FormErrors invoiceErrors,
                String refusal,
                Map<String, Instant> toldOfErasure);
    }

    @Inject ProductService products;

    @Inject Messages messages;

    @Inject Events events;

    @GET
    public TemplateInstance home() {
        return Templates.home("", null, erasureQueue());
    }

    /** Finds an account by its email and opens its page. */
    @GET
    @Path("accounts")
    public Response find(@RestQuery String email) {
        if (email == null || email.isBlank()) {
            return Response.ok(Templates.home("", null, erasureQueue())).build();
        }
        Optional<Account> found = Account.findByEmail(email);
        if (found.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND)
                    .entity(
                            Templates.home(
                                    email == null ? "" : email,
                                    messages.of(AdminMessages.class).admin_no_account(),
                                    erasureQueue()))
                    .build();
        }
        return Response.seeOther(URI.create("/admin/accounts/" + found.get().id)).build();
    }

    @GET
    @Path("accounts/{id}")
    public TemplateInstance account(@RestPath UUID id) {
        return page(load(id), Typed.EMPTY, errors(), errors(), null);
    }

    @POST
    @Path("accounts/{id}/products")
    public Response addProduct(@RestPath UUID id, @RestForm String name, @RestForm String kind) {
        Account account = load(id);
        FormErrors errors = errors();
        String cleanName =
                errors.requiredLine(
                        "name",
                        name,
                        150,
                        messages.of(AdminMessages.class).admin_product_name_required());
        String cleanKind =
                errors.requiredLine(
                        "kind",
                        kind,
                        60,
                        messages.of(AdminMessages.class).admin_product_kind_required());
        Typed typed = new Typed(FormErrors.typed(name), FormErrors.typed(kind), "", "", "", "EUR");
        if (!errors.isEmpty()) {
            return Response.status(UNPROCESSABLE)
                    .entity(page(account, typed, errors, errors(), null))
                    .build();
        }
        return afterChange(account, typed, products.add(id, cleanName, cleanKind));
    }

    @POST
    @Path("accounts/{id}/products/{productId}/status")
    public Response setStatus(
            @RestPath UUID id, @RestPath UUID productId, @RestForm String status) {
        Account account = load(id);
        Optional<ProductStatus> chosen =
                List.of(ProductStatus.values()).stream()
                        .filter(s -> s.name().equals(status))
                        .findFirst();
        if (chosen.isEmpty()) {
            return Response.status(UNPROCESSABLE)
                    .entity(
                            page(
                                    account,
                                    Typed.EMPTY,
                                    errors(),
                                    errors(),
                                    messages.of(AdminMessages.class).admin_status_unknown()))
                    .build();
        }
        return afterChange(account, Typed.EMPTY, products.setStatus(id, productId, chosen.get()));
    }

    @POST
    @Path("accounts/{id}/invoices")
    public Response addInvoice(
            @RestPath UUID id,
            @RestForm String number,
            @RestForm String issuedOn,
            @RestForm String amount,
            @RestForm String currency) {
        Account account = load(id);
        FormErrors errors = errors();
        var lmsg = messages.of(AdminMessages.class);
        String cleanNumber =
                errors.requiredLine("number", number, 40, lmsg.admin_invoice_number_required());
        if (cleanNumber != null && !errors.has("number") && Invoice.numberTaken(cleanNumber)) {
            errors.add("number", lmsg.admin_invoice_number_taken());
        }
        LocalDate date = null;
        String cleanDate =
                errors.requiredLine("issuedOn", issuedOn, 10, lmsg.admin_invoice_date_required());
        if (cleanDate != null && !errors.has("issuedOn")) {
            try {
                date = LocalDate.parse(cleanDate);
            } catch (DateTimeParseException e) {
                errors.add("issuedOn", lmsg.admin_invoice_date_invalid());
            }
        }
        BigDecimal money = null;
        String cleanAmount =
                errors.requiredLine("amount", amount, 15, lmsg.admin_invoice_amount_required());
        if (cleanAmount != null && !errors.has("amount")) {
            money = amount(cleanAmount);
            if (money == null) {
                errors.add("amount", lmsg.admin_invoice_amount_invalid());
            }
        }
        String cleanCurrency =
                errors.requiredLine(
                        "currency", currency, 3, lmsg.admin_invoice_currency_required());
        if (cleanCurrency != null && !errors.has("currency") && !isCurrency(cleanCurrency)) {
            errors.add("currency", lmsg.admin_invoice_currency_invalid());
        }
        Typed typed =
                new Typed(
                        "",
                        "",
                        FormErrors.typed(number),
                        FormErrors.typed(issuedOn),
                        FormErrors.typed(amount),
                        FormErrors.typed(currency));
        if (!errors.isEmpty()) {
            return Response.status(UNPROCESSABLE)
                    .entity(page(account, typed, errors(), errors, null))
                    .build();
        }
        return afterChange(
                account, typed, products.addInvoice(id, cleanNumber, date, money, cleanCurrency));
    }

    private Response afterChange(Account account, Typed typed, ProductService.Outcome outcome) {
        return switch (outcome) {
            case DONE -> Flash.redirect("/admin/accounts/" + account.id, Flash.Message.ADMIN_SAVED);
            case NOT_FOUND -> throw new NotFoundException();
            default ->
                    Response.status(Response.Status.CONFLICT)
                            .entity(
                                    page(
                                            Account.findById(account.id),
                                            typed,
                                            errors(),
                                            errors(),
                                            messages.of(AdminMessages.class)
                                                    .admin_account_not_open()))
                            .build();
        };
    }

    private TemplateInstance page(
            Account account,
            Typed typed,
            FormErrors productErrors,
            FormErrors invoiceErrors,
            String refusal) {
        return Templates.account(
                account,
                Product.ofAccount(account.id),
                Invoice.ofAccount(account.id),
                statusLabels(),
                typed,
                productErrors,
                invoiceErrors,
                refusal,
                events.erasureToldAt(account.id));
    }

    private Map<ProductStatus, String> statusLabels() {
        ProductMessages texts = messages.of(ProductMessages.class);
        Map<ProductStatus, String> labels = new EnumMap<>(ProductStatus.class);
        for (ProductStatus status : ProductStatus.values()) {
            labels.put(status, texts.product_status(status));
        }
        return labels;
    }

    private static Account load(UUID id) {
        Account account = Account.findById(id);
        if (account == null) {
            throw new NotFoundException();
        }
        return account;
    }

    private List<Account> erasureQueue() {
        return Account.<Account>find("status = ?1 order by eraseAfter", AccountStatus.CLOSED)
                .page(0, QUEUE_SHOWN)
                .list();
    }

    private FormErrors errors() {
        return new FormErrors(messages.web());
    }

    /** A positive amount with at most two decimals, with a dot or a comma. */
    static BigDecimal amount(String typed) {
        if (!typed.matches("\\d{1,10}([.,]\\d{1,2})?")) {
            return null;
        }
        BigDecimal value = new BigDecimal(typed.replace(',', '.'));
        return value.signum() > 0 ? value : null;
    }

    private static boolean isCurrency(String code) {
        return code.matches("[A-Z]{3}")
                && Currency.getAvailableCurrencies().stream()
                        .anyMatch(c -> c.getCurrencyCode().equals(code));
    }
}
