package dev.custodian.product;

import dev.custodian.account.Account;
import dev.custodian.account.AccountStatus;
import dev.custodian.activity.ActivityLog;
import dev.custodian.activity.EventType;
import dev.custodian.manifest.Manifest;
import dev.custodian.profile.Address;
import dev.custodian.webhook.Events;
import dev.custodian.webhook.WebhookType;
import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * Changes to products and invoices. Every change that can make a product active locks the account
 * row first, as closure does: so an admin activating a product and the user closing the account are
 * taken one after the other, and the second sees what the first did. Closure can therefore never
 * leave an active product on a closed account.
 */
@Singleton
public class ProductService {

    /** What became of a request to change a product. */
    public enum Outcome {
        DONE,
        /** No such product on this account. */
        NOT_FOUND,
        /** Suspended products are settled with the billing team, not ended here. */
        SUSPENDED,
        /** The product was already terminated. */
        ALREADY_TERMINATED,
        /** The account is closed or erased: it may not gain active products. */
        ACCOUNT_NOT_ACTIVE
    }

    private final ActivityLog activity;
    private final Manifest manifest;
    private final Clock clock;
    private final Events events;

    ProductService(ActivityLog activity, Manifest manifest, Clock clock, Events events) {
        this.events = events;
        this.activity = activity;
        this.manifest = manifest;
        this.clock = clock;
    }

    /** The user ends one of their own products. */
    @Transactional
    public Outcome terminate(UUID accountId, UUID productId, String ip, String userAgent) {
        Account.findById(accountId, LockModeType.PESSIMISTIC_WRITE);
        Optional<Product> found = Product.ofAccount(accountId, productId);
        if (found.isEmpty()) {
            return Outcome.NOT_FOUND;
        }
        Product product = found.get();
        if (product.status == ProductStatus.SUSPENDED) {
            return Outcome.SUSPENDED;
        }
        if (product.status == ProductStatus.TERMINATED) {
            return Outcome.ALREADY_TERMINATED;
        }
        product.status = ProductStatus.TERMINATED;
        product.endedOn = today();
        activity.record(accountId, EventType.PRODUCT_TERMINATED, ip, userAgent, null);
        events.publish(
                WebhookType.PRODUCT_TERMINATED_BY_USER,
                accountId,
                Map.of("product_id", product.id.toString()));
        return Outcome.DONE;
    }

    /** Admin: a new active product on an account, refused once the account is closed. */
    @Transactional
    public Outcome add(UUID accountId, String name, String kind) {
        if (!lockActive(accountId)) {
            return Outcome.ACCOUNT_NOT_ACTIVE;
        }
        Product product = new Product();
        product.accountId = accountId;
        product.name = name;
        product.kind = kind;
        product.status = ProductStatus.ACTIVE;
        product.startedOn = today();
        product.persist();
        return Outcome.DONE;
    }

    /** Admin: sets a product's status; making it active or suspended needs an open account. */
    @Transactional
    public Outcome setStatus(UUID accountId, UUID productId, ProductStatus status) {
        boolean open = lockActive(accountId);
        Optional<Product> found = Product.ofAccount(accountId, productId);
        if (found.isEmpty()) {
            return Outcome.NOT_FOUND;
        }
        if (status.blocksClosure() && !open) {
            return Outcome.ACCOUNT_NOT_ACTIVE;
        }
        Product product = found.get();
        product.status = status;
        product.endedOn = status == ProductStatus.TERMINATED ? today() : null;
        return Outcome.DONE;
    }

    /**
     * Admin: records an invoice, copying the account's billing name and address as they are now.
     */
    @Transactional
    public Outcome addInvoice(
            UUID accountId, String number, LocalDate issuedOn, BigDecimal amount, String currency) {
        if (!lockActive(accountId)) {
            return Outcome.ACCOUNT_NOT_ACTIVE;
        }
        Account account = Account.findById(accountId);
        Invoice invoice = new Invoice();
        invoice.accountId = accountId;
        invoice.number = number;
        invoice.issuedOn = issuedOn;
        invoice.amount = amount;
        invoice.currency = currency;
        invoice.billingName =
                account.company == null
                        ? account.firstName + " " + account.lastName
                        : account.firstName + " " + account.lastName + ", " + account.company;
        invoice.billingAddress = billingAddress(account);
        // the manifest's years from issue (the French commercial code, art. L123-22: ten)
        invoice.retainUntil = issuedOn.plusYears(manifest.category("invoices").retention().years());
        invoice.persist();
        return Outcome.DONE;
    }

    /** Locks the account row; true when it is open. */
    private static boolean lockActive(UUID accountId) {
        Account account = Account.findById(accountId, LockModeType.PESSIMISTIC_WRITE);
        return account != null && account.status == AccountStatus.ACTIVE;
    }

    private static String billingAddress(Account account) {
        Optional<Address> address =
                account.billingSameAsPostal
                        ? Address.of(account.id, Address.Kind.POSTAL)
                        : Address.of(account.id, Address.Kind.BILLING)
                                .or(() -> Address.of(account.id, Address.Kind.POSTAL));
        if (address.isEmpty()) {
            return account.country;
        }
        Address a = address.get();
        StringJoiner lines = new StringJoiner("\n");
        lines.add(a.line1);
        if (a.line2 != null) {
            lines.add(a.line2);
        }
        lines.add(a.postalCode + " " + a.city);
        if (a.region != null) {
            lines.add(a.region);
        }
        lines.add(a.country);
        return lines.toString();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
