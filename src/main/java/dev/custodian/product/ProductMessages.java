package dev.custodian.product;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of products and invoices, in English ({@code messages/product_en.properties}) and
 * French ({@code messages/product_fr.properties}). Templates use {@code {product:key}}; Java gets
 * the bundle in the reader's language from {@link dev.custodian.web.Messages}.
 */
@MessageBundle(value = "product", locale = "en")
public interface ProductMessages {

    @Message
    String products_title();

    @Message
    String products_intro();

    @Message
    String products_none();

    @Message
    String products_name();

    @Message
    String products_kind();

    @Message
    String products_status();

    @Message
    String products_started();

    @Message
    String products_ended();

    @Message
    String products_actions();

    @Message
    String products_end();

    @Message
    String product_suspended_note(String contact);

    @Message
    String product_suspended_cannot_end(String contact);

    @Message
    String product_already_ended();

    /**
     * Keys {@code product_status_CONSTANT}, or {@code product_status_$CONSTANT} for all if one
     * constant has an underscore.
     */
    @Message
    String product_status(ProductStatus value);

    @Message
    String products_see_invoices();

    @Message
    String products_close_account();

    @Message
    String back_to_products();

    @Message
    String terminate_title(String name);

    @Message
    String terminate_explain(String name, String kind);

    @Message
    String terminate_warning();

    @Message
    String terminate_submit();

    @Message
    String cancel();

    @Message
    String billing_title();

    @Message
    String billing_intro();

    @Message
    String billing_none();

    @Message
    String billing_number();

    @Message
    String billing_issued();

    @Message
    String billing_amount();

    @Message
    String billing_billed_to();

    @Message
    String billing_kept_until();

    @Message
    String billing_see_products();

    // issue 22: invoices as PDF

    @Message
    String billing_pdf();

    @Message
    String billing_pdf_link(String number);

    @Message
    String invoice_pdf_title(String number);

    @Message
    String invoice_pdf_issuer();
}
