package dev.custodian.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of products, billing, account closure and the admin area ({@code
 * messages/lmsg_en.properties}, {@code lmsg_fr.properties}); templates use {@code {lmsg:...}}. A
 * bundle of its own: see {@link ProfileMessages}.
 */
@MessageBundle(value = "lmsg", locale = "en")
public interface LifecycleMessages {

    @Message
    String account_section_products();

    @Message
    String account_section_products_text();

    @Message
    String account_section_billing();

    @Message
    String account_section_billing_text();

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

    @Message
    String product_status_active();

    @Message
    String product_status_suspended();

    @Message
    String product_status_terminated();

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

    @Message
    String close_title();

    @Message
    String close_blocked(int count);

    @Message
    String close_blocked_policy();

    @Message
    String close_blocked_active();

    @Message
    String close_blocked_suspended();

    @Message
    String close_go_to_products();

    @Message
    String close_intro();

    @Message
    String close_deleted_heading();

    @Message
    String close_deleted_at_once();

    @Message
    String close_deleted_data();

    @Message
    String close_kept_heading();

    @Message
    String close_kept_invoices();

    @Message
    String close_kept_marker();

    @Message
    String close_kept_consent();

    @Message
    String close_when_legend();

    @Message
    String close_when_later(String eraseOn);

    @Message
    String close_when_later_hint();

    @Message
    String close_when_now();

    @Message
    String close_when_now_hint();

    @Message
    String close_choose_when();

    @Message
    String close_step_up_hint();

    @Message
    String close_continue();

    @Message
    String back_to_close();

    @Message
    String close_confirm_title();

    @Message
    String close_confirm_now();

    @Message
    String close_confirm_no_way_back();

    @Message
    String close_confirm_later(String eraseOn);

    @Message
    String close_confirm_reopen();

    @Message
    String close_confirm_signed_out();

    @Message
    String close_confirm_submit();

    @Message
    String close_keep();

    @Message
    String closed_title();

    @Message
    String closed_text();

    @Message
    String closed_mail();

    @Message
    String closed_home();

    @Message
    String reopen_title();

    @Message
    String reopen_intro();

    @Message
    String reopen_code();

    @Message
    String reopen_code_hint();

    @Message
    String reopen_submit();

    @Message
    String reopen_wrong();

    @Message
    String reopen_invalid_title();

    @Message
    String reopen_invalid_text();

    @Message
    String event_product_terminated();

    @Message
    String event_account_closed();

    @Message
    String event_account_reopened();

    @Message
    String flash_product_terminated();

    @Message
    String flash_account_reopened();

    @Message
    String flash_admin_saved();

    @Message
    String flash_mail_sent_again();

    @Message
    String mail_closed_subject();

    @Message
    String mail_closed_body();

    @Message
    String mail_closed_erase_now();

    @Message
    String mail_closed_erase_on(String eraseOn);

    @Message
    String mail_closed_reopen();

    @Message
    String mail_closed_reopen_button();

    @Message
    String mail_closed_kept();

    @Message
    String admin_title();

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
    String admin_back();

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
    String admin_dead_title();

    @Message
    String admin_dead_intro();

    @Message
    String admin_dead_none();

    @Message
    String admin_dead_shown(int shown, long total);

    @Message
    String admin_dead_recipient();

    @Message
    String admin_dead_kind();

    @Message
    String admin_dead_attempts();

    @Message
    String admin_dead_error();

    @Message
    String admin_dead_age();

    @Message
    String admin_dead_age_value(long days, long hours);

    @Message
    String admin_dead_since(String when);

    @Message
    String admin_dead_send_again();

    @Message
    String reopen_password_required();
}
