package dev.custodian.closure;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of closing, reopening and erasing an account, in English ({@code
 * messages/closure_en.properties}) and French ({@code messages/closure_fr.properties}). Templates
 * use {@code {closure:key}}; Java gets the bundle in the reader's language from {@link
 * dev.custodian.web.Messages}.
 */
@MessageBundle(value = "closure", locale = "en")
public interface ClosureMessages {

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
    String reopen_password_required();
}
