package dev.custodian.product;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An invoice as it was issued: the billing name and address are a copy, not a link, because the law
 * wants the invoice kept as sent for its legal period, even after the account is erased.
 */
@Entity
public class Invoice extends PanacheEntityBase {

    @Id @GeneratedValue public UUID id;

    @Column(nullable = false)
    public UUID accountId;

    @Column(nullable = false)
    public String number;

    @Column(nullable = false)
    public LocalDate issuedOn;

    @Column(nullable = false)
    public BigDecimal amount;

    /** ISO 4217. */
    @Column(nullable = false)
    public String currency;

    @Column(nullable = false)
    public String billingName;

    /** The address lines, one a line. */
    @Column(nullable = false)
    public String billingAddress;

    /** The end of the legal retention period; the retention job deletes the invoice after it. */
    @Column(nullable = false)
    public LocalDate retainUntil;

    /** The date it was issued, as the reader writes dates. */
    public String issuedIn(Locale locale) {
        return date(issuedOn, locale);
    }

    public String retainedUntilIn(Locale locale) {
        return date(retainUntil, locale);
    }

    /** The amount with its currency, as the reader writes money. */
    public String amountIn(Locale locale) {
        NumberFormat money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(Currency.getInstance(currency));
        return money.format(amount);
    }

    /** The account's invoice with this id, or null: another account's is never found. */
    public static Invoice ofAccount(UUID accountId, UUID id) {
        return find("id = ?1 and accountId = ?2", id, accountId).firstResult();
    }

    public static boolean numberTaken(String number) {
        return count("number", number) > 0;
    }

    public static List<Invoice> ofAccount(UUID accountId) {
        return list("accountId = ?1 order by issuedOn desc, number desc", accountId);
    }

    private static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(date);
    }
}
