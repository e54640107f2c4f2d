package dev.custodian.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text the pages show, in English ({@code messages/msg_en.properties}) and French ({@code
 * messages/msg_fr.properties}). Templates use {@code {msg:key}}; Java uses {@link Messages}.
 */
@MessageBundle(value = "msg", locale = "en")
public interface AppMessages {

    @Message
    String app_name();

    @Message
    String layout_skip();

    @Message
    String layout_nav_label();

    @Message
    String layout_nav_account(String name);

    @Message
    String layout_nav_sign_in();

    @Message
    String layout_nav_sign_out();

    @Message
    String layout_nav_sign_up();

    @Message
    String layout_footer_tagline();

    @Message
    String layout_footer_privacy();

    @Message
    String layout_language();

    @Message
    String flash_signed_in();

    @Message
    String flash_language_changed();

    @Message
    String form_error_summary();

    @Message
    String home_title();

    @Message
    String home_lead();

    @Message
    String home_point_details();

    @Message
    String home_point_details_text();

    @Message
    String home_point_security();

    @Message
    String home_point_security_text();

    @Message
    String home_point_emails();

    @Message
    String home_point_emails_text();

    @Message
    String home_point_data();

    @Message
    String home_point_data_text();

    @Message
    String signup_title();

    @Message
    String signup_intro();

    @Message
    String signup_attestations();

    @Message
    String signup_read_policy();

    @Message
    String signup_submit();

    @Message
    String signup_have_account();

    @Message
    String signup_done_title();

    @Message
    String signup_done_body();

    @Message
    String field_first_name();

    @Message
    String field_last_name();

    @Message
    String field_email();

    @Message
    String field_country();

    @Message
    String field_country_choose();

    @Message
    String field_password();

    @Message
    String field_password_hint();

    @Message
    String field_adult();

    @Message
    String field_accept_policy(String version);

    @Message
    String error_too_long(int max);

    @Message
    String error_control_characters();

    @Message
    String error_email_invalid();

    @Message
    String error_country_required();

    @Message
    String error_adult_required();

    @Message
    String error_policy_required();

    @Message
    String error_policy_changed();

    @Message
    String password_too_short(int min);

    @Message
    String password_too_long(int max);

    @Message
    String password_personal();

    @Message
    String password_weak();

    @Message
    String password_breached();

    @Message
    String login_title();

    @Message
    String login_submit();

    @Message
    String login_wrong();

    @Message
    String login_wait(long seconds);

    @Message
    String login_no_account();

    @Message
    String signed_out_title();

    @Message
    String signed_out_body();

    @Message
    String account_title();

    @Message
    String account_greeting(String name);

    @Message
    String account_intro();

    @Message
    String account_section_profile();

    @Message
    String account_section_profile_text();

    @Message
    String account_section_security();

    @Message
    String account_section_security_text();

    @Message
    String account_section_communications();

    @Message
    String account_section_communications_text();

    @Message
    String account_section_visibility();

    @Message
    String account_section_visibility_text();

    @Message
    String account_section_data();

    @Message
    String account_section_data_text();

    @Message
    String account_section_close();

    @Message
    String account_section_close_text();

    @Message
    String privacy_title();

    @Message
    String privacy_version(String version);

    @Message
    String error_status(int status);

    @Message
    String error_reference(String reference);

    @Message
    String error_home();

    @Message
    String error_400_title();

    @Message
    String error_400_body();

    @Message
    String error_403_title();

    @Message
    String error_403_body();

    @Message
    String error_404_title();

    @Message
    String error_404_body();

    @Message
    String error_405_title();

    @Message
    String error_405_body();

    @Message
    String error_429_title();

    @Message
    String error_429_body(long seconds);

    @Message
    String error_500_title();

    @Message
    String error_500_body();

    @Message
    String back_to_account();

    @Message
    String banner_unverified_label();

    @Message
    String banner_unverified();

    @Message
    String banner_resend();

    @Message
    String flash_email_verified();

    @Message
    String flash_verification_sent();

    @Message
    String flash_password_changed();

    @Message
    String flash_password_reset();

    @Message
    String verify_title();

    @Message
    String verify_intro();

    @Message
    String verify_button();

    @Message
    String link_invalid_title();

    @Message
    String link_invalid_verify();

    @Message
    String link_invalid_reset();

    @Message
    String link_other_account();

    @Message
    String link_request_new_reset();

    @Message
    String link_go_to_account();

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
    String security_end_other_sessions();

    @Message
    String security_password_submit();

    @Message
    String security_see_activity();

    @Message
    String activity_title();

    @Message
    String activity_intro();

    @Message
    String activity_empty();

    @Message
    String activity_when();

    @Message
    String activity_what();

    @Message
    String activity_where();

    @Message
    String activity_pages();

    @Message
    String activity_newer();

    @Message
    String activity_older();

    @Message
    String event_signed_up();

    @Message
    String event_signed_in();

    @Message
    String event_signed_in_new_device();

    @Message
    String event_sign_in_failed();

    @Message
    String event_signed_out();

    @Message
    String event_email_verified();

    @Message
    String event_verification_sent();

    @Message
    String event_password_changed();

    @Message
    String event_password_reset_requested();

    @Message
    String event_password_reset();

    @Message
    String event_other_sessions_ended();

    @Message
    String mail_hello(String name);

    @Message
    String mail_footer_service();

    @Message
    String mail_link_fallback();

    @Message
    String mail_not_you();

    @Message
    String mail_if_not_you_reset();

    @Message
    String mail_verify_subject();

    @Message
    String mail_verify_body();

    @Message
    String mail_verify_button();

    @Message
    String mail_verify_expiry();

    @Message
    String mail_already_registered_subject();

    @Message
    String mail_already_registered_body();

    @Message
    String mail_already_registered_reset();

    @Message
    String mail_sign_in_button();

    @Message
    String mail_reset_subject();

    @Message
    String mail_reset_body();

    @Message
    String mail_reset_button();

    @Message
    String mail_reset_expiry();

    @Message
    String mail_password_changed_subject();

    @Message
    String mail_password_changed_body(String when);

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
    String mail_locked_subject();

    @Message
    String mail_locked_body();

    @Message
    String error_503_title();

    @Message
    String error_503_body();

    @Message
    String error_503_unavailable();

    @Message
    String account_section_activity();

    @Message
    String account_section_activity_text();

    @Message
    String error_first_name_required();

    @Message
    String error_last_name_required();

    @Message
    String error_email_required();

    @Message
    String error_password_required();

    @Message
    String login_forgot();

    @Message
    String back_to_security();

    @Message
    String event_session_ended();

    @Message
    String event_two_factor_enabled();

    @Message
    String event_two_factor_disabled();

    @Message
    String event_recovery_code_used();

    @Message
    String event_recovery_codes_regenerated();

    @Message
    String event_second_factor_blocked();

    @Message
    String event_authenticator_codes_refused();

    @Message
    String event_step_up();

    @Message
    String event_reverification_failed();

    @Message
    String field_code();

    @Message
    String field_code_hint();

    @Message
    String field_totp_code();

    @Message
    String flash_two_factor_disabled();

    @Message
    String flash_session_ended();

    @Message
    String flash_other_sessions_ended();

    @Message
    String mail_two_factor_on_subject();

    @Message
    String mail_two_factor_on_body();

    @Message
    String mail_two_factor_off_subject();

    @Message
    String mail_two_factor_off_body();

    @Message
    String mail_two_factor_if_not();

    @Message
    String mail_second_factor_blocked_subject();

    @Message
    String mail_second_factor_blocked_body(String when, String ip);

    @Message
    String mail_second_factor_blocked_advice();

    @Message
    String mail_authenticator_refused_subject();

    @Message
    String mail_authenticator_refused_body();

    @Message
    String mail_authenticator_refused_advice();

    @Message
    String security_two_factor_text();

    @Message
    String security_sessions_text();

    @Message
    String sessions_title();

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
    String step_up_wrong();

    @Message
    String step_up_done_title();

    @Message
    String step_up_done_intro();

    @Message
    String step_up_continue();

    @Message
    String step_up_cancel();

    @Message
    String two_factor_title();

    @Message
    String two_factor_intro();

    @Message
    String two_factor_start();

    @Message
    String two_factor_scan();

    @Message
    String two_factor_qr_alt();

    @Message
    String two_factor_manual();

    @Message
    String two_factor_confirm();

    @Message
    String two_factor_wrong_code();

    @Message
    String two_factor_code_required();

    @Message
    String two_factor_on();

    @Message
    String two_factor_recovery_heading();

    @Message
    String two_factor_recovery_left(long count);

    @Message
    String two_factor_recovery_regenerate();

    @Message
    String two_factor_off_heading();

    @Message
    String two_factor_off_intro();

    @Message
    String two_factor_off_button();

    @Message
    String two_factor_off_confirm_title();

    @Message
    String two_factor_off_confirm_text();

    @Message
    String two_factor_off_confirm_ask();

    @Message
    String two_factor_off_keep();

    @Message
    String two_factor_codes_title();

    @Message
    String two_factor_codes_intro();

    @Message
    String two_factor_codes_done();

    @Message
    String two_factor_sign_in_title();

    @Message
    String two_factor_sign_in_intro();

    @Message
    String two_factor_verify();

    @Message
    String two_factor_blocked();
}
