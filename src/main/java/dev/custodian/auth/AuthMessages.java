package dev.custodian.auth;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of signing in, the second step, step-up and sessions, in English ({@code
 * messages/auth_en.properties}) and French ({@code messages/auth_fr.properties}). Templates use
 * {@code {auth:key}}; Java gets the bundle in the reader's language from {@link
 * dev.custodian.web.Messages}.
 */
@MessageBundle(value = "auth", locale = "en")
public interface AuthMessages {

    @Message
    String login_title();

    @Message
    String login_submit();

    @Message
    String login_wrong();

    @Message
    String login_passkey_refused();

    @Message
    String login_passkey_wait();

    @Message
    String login_wait(long seconds);

    @Message
    String login_no_account();

    @Message
    String signed_out_title();

    @Message
    String signed_out_body();

    @Message
    String login_forgot();

    @Message
    String back_to_security();

    @Message
    String sessions_intro();

    @Message
    String sessions_device();

    @Message
    String sessions_address();

    @Message
    String sessions_first_seen();

    @Message
    String sessions_last_seen();

    @Message
    String sessions_actions();

    @Message
    String sessions_this_device();

    @Message
    String sessions_unknown_device();

    @Message
    String sessions_end();

    @Message
    String sessions_sign_out_here();

    @Message
    String sessions_end_others();

    @Message
    String step_up_title();

    @Message
    String step_up_intro();

    @Message
    String step_up_intro_code();

    @Message
    String step_up_submit();

    @Message
    String step_up_done_title();

    @Message
    String step_up_done_intro();

    @Message
    String step_up_continue();

    @Message
    String step_up_cancel();

    @Message
    String two_factor_wrong_code();

    @Message
    String two_factor_sign_in_title();

    @Message
    String two_factor_sign_in_intro();

    @Message
    String two_factor_verify();

    @Message
    String two_factor_blocked();

    @Message
    String forgot_title();

    @Message
    String forgot_intro();

    @Message
    String forgot_submit();

    @Message
    String forgot_back_to_sign_in();

    @Message
    String forgot_sent_title();

    @Message
    String forgot_sent_body();

    @Message
    String reset_title();

    @Message
    String reset_intro();

    @Message
    String reset_submit();

    @Message
    String field_current_password();

    @Message
    String field_new_password();

    @Message
    String error_current_password_required();

    @Message
    String error_current_password_wrong();

    @Message
    String security_title();

    @Message
    String security_password_heading();

    @Message
    String security_password_submit();

    @Message
    String security_see_activity();

    @Message
    String security_two_factor_text();

    @Message
    String security_sessions_text();

    @Message
    String sessions_title();

    @Message
    String security_provider_title(String provider);

    @Message
    String security_none(String provider);

    @Message
    String security_identity();

    @Message
    String security_linked();

    @Message
    String security_last_used();

    @Message
    String security_unlink();

    @Message
    String security_link(String provider);

    @Message
    String security_link_hint();

    @Message
    String mail_if_not_you_reset();

    @Message
    String mail_reset_subject();

    @Message
    String mail_reset_body();

    @Message
    String mail_password_changed_subject();

    @Message
    String mail_password_changed_body(String when);

    @Message
    String mail_password_removed_subject();

    @Message
    String mail_password_removed_body(String when);

    @Message
    String mail_if_not_you_set_password();

    @Message
    String security_no_password();

    @Message
    String security_no_password_set_one();

    @Message
    String security_remove_password_heading();

    @Message
    String security_remove_password_text();

    @Message
    String security_remove_password_submit();

    @Message
    String error_password_is_last_way_in();

    @Message
    String mail_password_reset_subject();

    @Message
    String mail_password_reset_body(String when);

    @Message
    String mail_new_device_subject();

    @Message
    String mail_new_device_body(String when);

    @Message
    String mail_new_device_browser(String device);

    @Message
    String mail_new_device_address(String ip);

    @Message
    String mail_new_device_if_you();

    @Message
    String mail_new_device_if_not();

    @Message
    String mail_second_factor_blocked_subject();

    @Message
    String mail_second_factor_blocked_body(String when, String ip);

    @Message
    String mail_second_factor_blocked_advice();
}
