package dev.custodian.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the layout (navigation, footer, error pages, flash banners) and the words several
 * features share (field labels, "Back to your account", form errors), in English ({@code
 * messages/web_en.properties}) and French ({@code messages/web_fr.properties}). Templates use
 * {@code {web:key}}; Java gets the bundle in the reader's language from {@link
 * dev.custodian.web.Messages}.
 */
@MessageBundle(value = "web", locale = "en")
public interface WebMessages {

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

    /**
     * Keys {@code flash_CONSTANT}, or {@code flash_$CONSTANT} for all if one constant has an
     * underscore.
     */
    @Message
    String flash(Flash.Message value);

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
    String field_first_name();

    @Message
    String field_last_name();

    @Message
    String field_email();

    @Message
    String field_password();

    @Message
    String error_too_long(int max);

    @Message
    String error_control_characters();

    @Message
    String error_country_required();

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
    String error_413_title();

    @Message
    String error_413_body();

    @Message
    String error_413_body_limit(long megabytes);

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
    String mail_hello(String name);

    @Message
    String mail_footer_service();

    @Message
    String mail_link_fallback();

    @Message
    String error_503_title();

    @Message
    String error_503_body();

    @Message
    String error_503_unavailable();

    @Message
    String error_first_name_required();

    @Message
    String error_last_name_required();

    @Message
    String field_code();

    @Message
    String field_code_hint();

    @Message
    String step_up_wrong();

    @Message
    String step_up_passkey_wrong();

    @Message
    String two_factor_code_required();

    @Message
    String profile_now_saved();

    @Message
    String admin_title();

    @Message
    String admin_back();

    @Message
    String cookies_banner_label();

    @Message
    String cookies_banner_text();

    @Message
    String cookies_more();

    @Message
    String people_title();

    @Message
    String manage_preferences();

    @Message
    String signup_read_policy();

    @Message
    String field_adult();

    @Message
    String field_accept_policy(String version);

    @Message
    String home_point_emails_none_text();

    @Message
    String home_controller(String name);

    @Message
    String home_read_policy();
}
