package dev.custodian.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the back office, in English ({@code messages/admin_en.properties}) and French
 * ({@code messages/admin_fr.properties}). Templates use {@code {admin:key}}; Java gets the bundle
 * in the reader's language from {@link dev.custodian.web.Messages}.
 */
@MessageBundle(value = "admin", locale = "en")
public interface AdminMessages {

    @Message
    String admin_find_label();

    @Message
    String admin_find_submit();

    @Message
    String admin_no_account();

    @Message
    String admin_erasure_queue();

    @Message
    String admin_erasure_queue_hint();

    @Message
    String admin_erasure_queue_empty();

    @Message
    String admin_account();

    @Message
    String admin_closed_at();

    @Message
    String admin_erase_after();

    @Message
    String admin_erasure_asked();

    @Message
    String admin_yes();

    @Message
    String admin_no();

    @Message
    String admin_account_title();

    @Message
    String admin_set_status();

    @Message
    String admin_add_product();

    @Message
    String admin_kind_hint();

    @Message
    String admin_add_invoice();

    @Message
    String admin_amount_hint();

    @Message
    String admin_currency();

    @Message
    String admin_currency_hint();

    @Message
    String admin_invoice_snapshot();

    @Message
    String admin_product_name_required();

    @Message
    String admin_product_kind_required();

    @Message
    String admin_status_unknown();

    @Message
    String admin_account_not_open();

    @Message
    String admin_invoice_number_required();

    @Message
    String admin_invoice_number_taken();

    @Message
    String admin_invoice_date_required();

    @Message
    String admin_invoice_date_invalid();

    @Message
    String admin_invoice_amount_required();

    @Message
    String admin_invoice_amount_invalid();

    @Message
    String admin_invoice_currency_required();

    @Message
    String admin_invoice_currency_invalid();

    @Message
    String disclosures_admin_link();

    @Message
    String admin_account_products_none();

    @Message
    String admin_erasure_told_title();

    @Message
    String admin_erasure_told_intro();

    @Message
    String admin_erasure_not_yet();

    @Message
    String admin_account_invoices_none();
}
