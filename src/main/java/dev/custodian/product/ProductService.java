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
        ACCOUNT_NOT_ACTIVE,
        /** A new product was made (an update is {@link #DONE}). */
        CREATED,
        /** The billing system's id names a product of another account. */
        OTHER_ACCOUNT,
        /** Another invoice has this number. */
        NUMBER_TAKEN
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
     * The billing system: creates the product it knows by {@code externalId} on the account, or
     * updates it. Like {@link #setStatus}, an active or suspended product needs an open account,
     * and the account row is locked first; a closed account may still have its products ended.
     */
    @Transactional
    public Outcome put(
            String externalId,
            UUID accountId,
            String name,
            String kind,
            ProductStatus status,
            LocalDate startedOn,
            LocalDate endedOn) {
        Account account = Account.findById(accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            return Outcome.NOT_FOUND;
        }
        Optional<Product> existing = Product.byExternalId(externalId);
        if (existing.isPresent() && !existing.get().accountId.equals(accountId)) {
            return Outcome.OTHER_ACCOUNT;
        }
        if (account.status != AccountStatus.ACTIVE
                && (status.blocksClosure() || existing.isEmpty())) {
            return Outcome.ACCOUNT_NOT_ACTIVE;
        }
        Product product = existing.orElseGet(Product::new);
        // a product already ended keeps its end date unless one is sent: a repeated PUT changes
        // nothing
        LocalDate ended =
                endedOn != null
                        ? endedOn
                        : product.status == ProductStatus.TERMINATED && product.endedOn != null
                                ? product.endedOn
                                : today();
        product.accountId = accountId;
        product.externalId = externalId;
        product.name = name;
        product.kind = kind;
        product.status = status;
        product.startedOn = startedOn;
        product.endedOn = status == ProductStatus.TERMINATED ? ended : null;
        if (existing.isEmpty()) {
            // flushed here, so that a racing insert of the same id fails inside the caller's call
            product.persistAndFlush();
            return Outcome.CREATED;
        }
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
        String billingName =
                account.company == null
                        ? account.firstName + " " + account.lastName
                        : account.firstName + " " + account.lastName + ", " + account.company;
        return store(
                accountId,
                number,
                issuedOn,
                amount,
                currency,
                billingName,
                billingAddress(account));
    }

    /**
     * The billing system: records an invoice with the billing name and address it was issued with;
     * refused on a closed account, or when the number is taken.
     */
    @Transactional
    public Outcome addIssuedInvoice(
            UUID accountId,
            String number,
            LocalDate issuedOn,
            BigDecimal amount,
            String currency,
            String billingName,
            String billingAddress) {
        Account account = Account.findById(accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            return Outcome.NOT_FOUND;
        }
        if (account.status != AccountStatus.ACTIVE) {
            return Outcome.ACCOUNT_NOT_ACTIVE;
        }
        if (Invoice.numberTaken(number)) {
            return Outcome.NUMBER_TAKEN;
        }
        return store(accountId, number, issuedOn, amount, currency, billingName, billingAddress);
    }

    private Outcome store(
            UUID accountId,
            String number,
            LocalDate issuedOn,
            BigDecimal amount,
            String currency,
            String billingName,
            String billingAddress) {
        Invoice invoice = new Invoice();
        invoice.accountId = accountId;
        invoice.number = number;
        invoice.issuedOn = issuedOn;
        invoice.amount = amount;
        invoice.currency = currency;
        invoice.billingName = billingName;
        invoice.billingAddress = billingAddress;
        // the manifest's years from issue (the French commercial code, art. L123-22: ten)
        invoice.retainUntil = issuedOn.plusYears(manifest.category("invoices").retention().years());
        // flushed here, so that a racing insert of the same number fails inside the caller's call
        invoice.persistAndFlush();
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
