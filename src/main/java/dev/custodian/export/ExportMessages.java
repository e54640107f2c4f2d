package dev.custodian.export;

import dev.custodian.catalogue.Catalogue;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the copy of your data, in English ({@code messages/export_en.properties}) and French
 * ({@code messages/export_fr.properties}). Templates use {@code {export:key}}; Java gets the bundle
 * in the reader's language from {@link dev.custodian.web.Messages}.
 */
@MessageBundle(value = "export", locale = "en")
public interface ExportMessages {

    @Message
    String export_title();

    @Message
    String export_intro();

    @Message
    String export_contains_json();

    @Message
    String export_contains_html();

    @Message
    String export_when_ready();

    @Message
    String export_step_up_note();

    @Message
    String export_request();

    @Message
    String export_next_request(String when);

    @Message
    String export_once_a_day();

    @Message
    String export_history();

    @Message
    String export_none();

    @Message
    String export_requested();

    @Message
    String export_state();

    @Message
    String export_until();

    @Message
    String export_size_heading();

    @Message
    String export_size(long kilobytes);

    @Message
    String export_download();

    @Message
    String export_state_requested();

    @Message
    String export_state_ready();

    @Message
    String export_state_expired();

    @Message
    String export_state_failed();

    @Message
    String export_see_dashboard();

    @Message
    String mail_export_ready_subject();

    @Message
    String mail_export_ready_body();

    @Message
    String mail_export_ready_button();

    @Message
    String mail_export_ready_until(String until);

    // The archive: index.html and the JSON Schema. ArchiveWriter looks these up by the names of
    // sections and columns (ExportLabels), so each name here is section_, column_ or not_exported_
    // followed by the name in the catalogue (dev.custodian.catalogue.Catalogue).

    /** Keys {@code withheld_$CONSTANT}: why a section leaves columns out, or a table. */
    @Message
    String withheld(Catalogue.Withheld value);

    @Message
    String page_title();

    @Message
    String page_intro(String generatedAt);

    @Message
    String page_contents();

    @Message
    String page_none();

    @Message
    String page_left_out(String columns, String reason);

    @Message
    String page_not_exported(String what, String reason);

    @Message
    String yes();

    @Message
    String no();

    @Message
    String section_account();

    @Message
    String section_account_about();

    @Message
    String section_profile();

    @Message
    String section_profile_about();

    @Message
    String section_photo();

    @Message
    String section_photo_about();

    @Message
    String column_photo();

    @Message
    String column_small();

    @Message
    String column_external_id();

    @Message
    String section_addresses();

    @Message
    String section_addresses_about();

    @Message
    String section_experiences();

    @Message
    String section_experiences_about();

    @Message
    String section_visibility();

    @Message
    String section_visibility_about();

    @Message
    String section_communication_preferences();

    @Message
    String section_communication_preferences_about();

    @Message
    String section_consent_history();

    @Message
    String section_consent_history_about();

    @Message
    String section_sessions();

    @Message
    String section_sessions_about();

    @Message
    String section_two_factor();

    @Message
    String section_two_factor_about();

    @Message
    String section_recovery_codes();

    @Message
    String section_recovery_codes_about();

    @Message
    String section_emailed_links();

    @Message
    String section_emailed_links_about();

    @Message
    String section_activity();

    @Message
    String section_activity_about();

    @Message
    String section_products();

    @Message
    String section_products_about();

    @Message
    String section_invoices();

    @Message
    String section_invoices_about();

    @Message
    String section_policy_acceptances();

    @Message
    String section_policy_acceptances_about();

    @Message
    String section_disclosures();

    @Message
    String section_disclosures_about();

    @Message
    String section_emails();

    @Message
    String section_emails_about();

    @Message
    String section_exports();

    @Message
    String section_exports_about();

    /** The account's own id; elsewhere, {@code column_id} is a row's internal key. */
    @Message
    String column_account_id();

    @Message
    String column_id();

    @Message
    String column_email();

    @Message
    String column_email_verified_at();

    @Message
    String column_status();

    @Message
    String column_first_name();

    @Message
    String column_last_name();

    @Message
    String column_company();

    @Message
    String column_phone();

    @Message
    String column_country();

    @Message
    String column_locale();

    @Message
    String column_roles();

    @Message
    String column_adult_attested_at();

    @Message
    String column_created_at();

    @Message
    String column_billing_same_as_postal();

    @Message
    String column_password_reset_required();

    @Message
    String column_closed_at();

    @Message
    String column_erase_after();

    @Message
    String column_erasure_asked();

    @Message
    String column_erased_at();

    @Message
    String column_opt_out_signal_at();

    @Message
    String column_handle();

    @Message
    String column_headline();

    @Message
    String column_city();

    @Message
    String column_about();

    @Message
    String column_indexable();

    @Message
    String column_kind();

    @Message
    String column_line1();

    @Message
    String column_line2();

    @Message
    String column_postal_code();

    @Message
    String column_region();

    @Message
    String column_position();

    @Message
    String column_title();

    @Message
    String column_organisation();

    @Message
    String column_started_on();

    @Message
    String column_ended_on();

    @Message
    String column_field();

    @Message
    String column_level();

    @Message
    String column_category();

    @Message
    String column_subscribed();

    @Message
    String column_updated_at();

    @Message
    String column_occurred_at();

    @Message
    String column_action();

    @Message
    String column_source();

    @Message
    String column_ip();

    @Message
    String column_policy_version();

    @Message
    String column_last_seen_at();

    @Message
    String column_expires_at();

    @Message
    String column_authenticated_at();

    @Message
    String column_user_agent();

    @Message
    String column_second_factor_passed();

    @Message
    String column_pending_second_factor();

    @Message
    String column_second_factor_failures();

    @Message
    String column_confirmed_at();

    @Message
    String column_used_at();

    @Message
    String column_purpose();

    @Message
    String column_payload();

    @Message
    String column_type();

    @Message
    String column_detail();

    @Message
    String column_name();

    @Message
    String column_number();

    @Message
    String column_issued_on();

    @Message
    String column_amount();

    @Message
    String column_currency();

    @Message
    String column_billing_name();

    @Message
    String column_billing_address();

    @Message
    String column_retain_until();

    @Message
    String column_accepted_at();

    @Message
    String column_disclosed_on();

    @Message
    String column_recipient();

    @Message
    String column_legal_basis();

    @Message
    String column_data_categories();

    @Message
    String column_recorded_at();

    @Message
    String column_notified_at();

    @Message
    String column_stream();

    @Message
    String column_subject();

    /** Overrides column_subject in that section: a name may mean one thing per section. */
    @Message
    String column_linked_identities_subject();

    @Message
    String column_sent_at();

    @Message
    String column_requested_at();

    @Message
    String column_ready_at();

    @Message
    String column_size_bytes();

    @Message
    String not_exported_underage_report();

    @Message
    String not_exported_webhook_event();

    @Message
    String not_exported_webhook_erasure_notice();

    @Message
    String section_linked_identities();

    @Message
    String section_linked_identities_about();

    @Message
    String column_linked_at();

    @Message
    String column_issuer();

    @Message
    String column_last_used_at();

    // issue 21, passkeys

    @Message
    String section_passkeys();

    @Message
    String section_passkeys_about();

    @Message
    String column_aaguid();

    @Message
    String column_transports();

    @Message
    String column_backup_eligible();

    @Message
    String column_backup_state();

    @Message
    String column_credential_id();

    @Message
    String column_public_key();

    @Message
    String column_sign_count();

    @Message
    String column_uv_initialized();

    // issue 19, catalogue and export: the facts of GDPR art. 15 from the manifest

    @Message
    String about_title();

    @Message
    String about_intro();

    @Message
    String about_controller();

    @Message
    String about_controller_name();

    @Message
    String about_controller_address();

    @Message
    String about_controller_contact();

    @Message
    String about_controller_data_protection();

    @Message
    String about_controller_authority();

    @Message
    String about_categories();

    @Message
    String about_category();

    @Message
    String about_retention();

    @Message
    String about_sections();

    @Message
    String about_recipients();

    @Message
    String about_recipient_kind();

    @Message
    String about_recipient_categories();

    @Message
    String about_recipient_safeguard();

    @Message
    String about_storage();

    @Message
    String about_backups();

    // issue 22: the columns left out, named in words in index.html (ExportLabels.column)

    @Message
    String column_password_hash();

    @Message
    String column_fraud_marker();

    @Message
    String column_email_normalized();

    @Message
    String column_version();

    @Message
    String column_handle_normalized();

    @Message
    String column_secret_encrypted();

    @Message
    String column_last_used_step();

    @Message
    String column_consecutive_failures();

    @Message
    String column_code_hash();

    @Message
    String column_token_hash();

    @Message
    String column_body_text();

    @Message
    String column_body_html();

    @Message
    String column_headers();

    @Message
    String column_attempts();

    @Message
    String column_next_attempt_at();

    @Message
    String column_last_error();

    @Message
    String column_campaign_id();

    @Message
    String column_message_id();
}
