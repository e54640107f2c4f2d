package dev.custodian.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text the pages show, in English ({@code messages/msg_en.properties}) and French
 * ({@code messages/msg_fr.properties}). Templates use {@code {msg:key}}; Java uses {@link Messages}.
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
    String error_required();

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
    String login_title();

    @Message
    String login_submit();

    @Message
    String login_wrong();

    @Message
    String login_reset_required();

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
    String account_sections_coming();

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
}
