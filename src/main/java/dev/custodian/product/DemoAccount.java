package dev.custodian.product;

import dev.custodian.account.Account;
import dev.custodian.account.AccountStatus;
import dev.custodian.account.PasswordHasher;
import dev.custodian.profile.Address;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Dev mode only: a demo account with products and invoices, so that a new developer sees the
 * closure gate at work (README: "Try it"). It is also an admin (custodian.admin-emails in dev).
 */
@Singleton
@IfBuildProfile("dev")
class DemoAccount {

    static final String EMAIL = "demo@custodian.localhost";
    static final String PASSWORD = "demo account of the custodian portal";

    void seed(
            @Observes StartupEvent started,
            PasswordHasher hasher,
            ProductService products,
            Clock clock) {
        if (Account.findByEmail(EMAIL).isPresent()) {
            return;
        }
        String hash = hasher.hash(PASSWORD);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Account account =
                QuarkusTransaction.requiringNew()
                        .call(
                                () -> {
                                    Account demo = new Account();
                                    demo.email = EMAIL;
                                    demo.emailNormalized = Account.normalizeEmail(EMAIL);
                                    demo.emailVerifiedAt = clock.instant();
                                    demo.passwordHash = hash;
                                    demo.status = AccountStatus.ACTIVE;
                                    demo.firstName = "Camille";
                                    demo.lastName = "Martin";
                                    demo.country = "FR";
                                    demo.locale = "en";
                                    demo.roles = "";
                                    demo.adultAttestedAt = clock.instant();
                                    demo.createdAt = clock.instant();
                                    demo.billingSameAsPostal = true;
                                    demo.persist();
                                    Address postal = new Address();
                                    postal.accountId = demo.id;
                                    postal.kind = Address.Kind.POSTAL;
                                    postal.line1 = "12 rue des Lilas";
                                    postal.postalCode = "69003";
                                    postal.city = "Lyon";
                                    postal.country = "FR";
                                    postal.persist();
                                    return demo;
                                });
        products.add(account.id, "Web hosting — Pro plan", "Hosting");
        products.add(account.id, "camille-martin.example", "Domain name");
        products.add(account.id, "Mailbox 10 GB", "Email");
        Product domain =
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        Product.<Product>find(
                                                        "accountId = ?1 and kind = ?2",
                                                        account.id,
                                                        "Domain name")
                                                .firstResult());
        products.setStatus(account.id, domain.id, ProductStatus.SUSPENDED);
        Product mailbox =
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        Product.<Product>find(
                                                        "accountId = ?1 and kind = ?2",
                                                        account.id,
                                                        "Email")
                                                .firstResult());
        products.setStatus(account.id, mailbox.id, ProductStatus.TERMINATED);
        products.addInvoice(
                account.id, "DEMO-2026-0001", today.minusMonths(2), new BigDecimal("59.88"), "EUR");
        products.addInvoice(
                account.id, "DEMO-2026-0002", today.minusMonths(1), new BigDecimal("12.00"), "EUR");
    }
}
