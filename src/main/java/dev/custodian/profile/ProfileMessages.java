package dev.custodian.profile;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of contact details, addresses, professional details and experiences, in English ({@code
 * messages/profile_en.properties}) and French ({@code messages/profile_fr.properties}). Templates
 * use {@code {profile:key}}; Java gets the bundle in the reader's language from {@link
 * dev.custodian.web.Messages}.
 */
@MessageBundle(value = "profile", locale = "en")
public interface ProfileMessages {

    @Message
    String field_country();

    @Message
    String field_country_choose();

    @Message
    String profile_title();

    @Message
    String profile_nav_label();

    @Message
    String profile_nav_contact();

    @Message
    String profile_nav_email();

    @Message
    String profile_nav_addresses();

    @Message
    String profile_nav_professional();

    @Message
    String profile_contact_purpose(String purpose, String kept);

    @Message
    String profile_email_is(String email);

    @Message
    String profile_change_email();

    @Message
    String profile_save();

    @Message
    String profile_conflict_help();

    @Message
    String field_company();

    @Message
    String field_phone();

    @Message
    String field_phone_hint();

    @Message
    String field_locale();

    @Message
    String error_locale_invalid();

    @Message
    String error_phone_invalid();

    @Message
    String error_phone_not_mobile();

    @Message
    String error_changed_meanwhile();

    @Message
    String addresses_title();

    @Message
    String addresses_purpose();

    @Message
    String addresses_postal();

    @Message
    String addresses_billing();

    @Message
    String addresses_billing_same();

    @Message
    String addresses_billing_hint();

    @Message
    String field_address_line1();

    @Message
    String field_address_line2();

    @Message
    String field_postal_code();

    @Message
    String field_city();

    @Message
    String field_region();

    @Message
    String error_address_line_required();

    @Message
    String error_postal_code_required();

    @Message
    String error_city_required();

    @Message
    String professional_title();

    @Message
    String professional_purpose();

    @Message
    String field_handle();

    @Message
    String field_handle_hint();

    @Message
    String field_headline();

    @Message
    String field_about();

    @Message
    String field_about_hint();

    @Message
    String error_handle_invalid();

    @Message
    String error_handle_taken();

    @Message
    String experiences_title();

    @Message
    String experiences_none();

    @Message
    String experiences_current();

    @Message
    String experiences_edit();

    @Message
    String experiences_up();

    @Message
    String experiences_down();

    @Message
    String experiences_remove();

    @Message
    String experiences_add();

    @Message
    String experiences_add_button();

    @Message
    String experiences_edit_title();

    @Message
    String experiences_conflict(String title, String organisation);

    @Message
    String back_to_professional();

    @Message
    String field_experience_title();

    @Message
    String field_organisation();

    @Message
    String field_from();

    @Message
    String field_to();

    @Message
    String field_month_hint();

    @Message
    String field_current_position();

    @Message
    String error_title_required();

    @Message
    String error_organisation_required();

    @Message
    String error_month_invalid();

    @Message
    String error_end_month_invalid();

    @Message
    String error_end_before_start();

    @Message
    String contact();

    @Message
    String email_change_title();

    @Message
    String email_change_current(String email);

    @Message
    String email_change_pending(String pending, String current);

    @Message
    String email_change_hint();

    @Message
    String field_new_email();

    @Message
    String email_change_submit();

    @Message
    String error_email_same();

    @Message
    String email_confirm_title();

    @Message
    String email_confirm_intro();

    @Message
    String email_confirm_button();

    @Message
    String email_revert_title();

    @Message
    String email_revert_intro();

    @Message
    String email_revert_button();

    @Message
    String mail_confirm_new_email_subject();

    @Message
    String mail_confirm_new_email_body(String email);

    @Message
    String mail_confirm_new_email_button();

    @Message
    String mail_email_changed_subject();

    @Message
    String mail_email_changed_body(String email);

    @Message
    String mail_email_changed_revert();

    @Message
    String mail_email_changed_button();

    @Message
    String professional_purpose_private();

    @Message
    String profile_nav_photo();

    @Message
    String photo_title();

    @Message
    String photo_purpose();

    @Message
    String photo_purpose_private();

    @Message
    String photo_visibility_link();

    @Message
    String photo_current();

    @Message
    String photo_none();

    @Message
    String photo_field();

    @Message
    String photo_field_replace();

    @Message
    String photo_hint(int maxMegabytes);

    @Message
    String photo_upload();

    @Message
    String photo_replace();

    @Message
    String photo_remove();

    @Message
    String error_photo_missing();

    @Message
    String error_photo_too_big(int maxMegabytes);

    @Message
    String error_photo_not_an_image();

    @Message
    String error_photo_wrong_type();

    @Message
    String error_photo_too_many_pixels();
}
