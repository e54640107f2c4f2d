package dev.custodian.privacy;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the privacy dashboard, policy versions, cookies, disclosures and underage reports,
 * in English ({@code messages/privacy_en.properties}) and French ({@code
 * messages/privacy_fr.properties}). Templates use {@code {privacy:key}}; Java gets the bundle in
 * the reader's language from {@link dev.custodian.web.Messages}.
 */
@MessageBundle(value = "privacy", locale = "en")
public interface PrivacyMessages {

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
    String account_section_activity();

    @Message
    String account_section_activity_text();

    @Message
    String account_section_products();

    @Message
    String account_section_products_text();

    @Message
    String account_section_billing();

    @Message
    String account_section_billing_text();

    @Message
    String analytics_admin_title();

    @Message
    String analytics_admin_intro(int days);

    @Message
    String analytics_admin_none();

    @Message
    String analytics_admin_page();

    @Message
    String analytics_admin_views();

    /**
     * Keys {@code basis_CONSTANT}, or {@code basis_$CONSTANT} for all if one constant has an
     * underscore.
     */
    @Message
    String basis(LegalBasis value);

    @Message
    String cookies_title();

    @Message
    String cookies_necessary();

    @Message
    String cookies_analytics();

    @Message
    String cookies_allow();

    @Message
    String cookies_refuse();

    @Message
    String cookies_state_granted();

    @Message
    String cookies_state_refused();

    @Message
    String cookies_state_gpc();

    @Message
    String cookies_state_not_chosen();

    @Message
    String cookies_gpc_honoured();

    @Message
    String cookies_gpc_account();

    @Message
    String cookies_gpc_conflict_browser();

    @Message
    String cookies_gpc_conflict_account();

    @Message
    String cookies_gpc_allow_again();

    @Message
    String cookies_gpc_turn_off();

    @Message
    String dashboard_held_title();

    @Message
    String dashboard_held_intro();

    @Message
    String dashboard_col_data();

    @Message
    String dashboard_col_count();

    @Message
    String dashboard_col_kept();

    @Message
    String dashboard_col_for_you();

    @Message
    String dashboard_if_closed_today(String date);

    @Message
    String dashboard_oldest_goes(String date);

    @Message
    String dashboard_nothing_yet();

    @Message
    String dashboard_take_copy();

    @Message
    String dashboard_stored_title();

    @Message
    String dashboard_recipients_title();

    @Message
    String dashboard_processors_intro();

    @Message
    String dashboard_disclosures_title();

    @Message
    String dashboard_disclosures_intro();

    @Message
    String dashboard_disclosures_none();

    @Message
    String dashboard_policy_title();

    @Message
    String dashboard_policy_accepted(String version, String date);

    @Message
    String dashboard_policy_read();

    @Message
    String disclosure_date();

    @Message
    String disclosure_recipient();

    @Message
    String disclosure_purpose();

    @Message
    String disclosure_basis();

    @Message
    String disclosure_categories();

    @Message
    String disclosure_notified();

    @Message
    String disclosure_new();

    @Message
    String disclosure_basis_choose();

    @Message
    String disclosure_categories_hint();

    @Message
    String disclosure_notify_label();

    @Message
    String disclosure_notify_hint();

    @Message
    String disclosure_notify_now();

    @Message
    String disclosure_record();

    @Message
    String disclosure_recipient_required();

    @Message
    String disclosure_purpose_required();

    @Message
    String disclosure_basis_required();

    @Message
    String disclosure_categories_required();

    @Message
    String disclosure_date_required();

    @Message
    String disclosures_admin_title();

    @Message
    String disclosures_admin_back();

    @Message
    String mail_disclosure_subject();

    @Message
    String mail_disclosure_body();

    @Message
    String mail_disclosure_more();

    @Message
    String mail_disclosure_button();

    @Message
    String mail_policy_subject();

    @Message
    String mail_policy_hello();

    @Message
    String mail_policy_body(String version);

    @Message
    String mail_policy_accept();

    @Message
    String mail_policy_read();

    @Message
    String mail_policy_choice();

    @Message
    String policy_accept_title();

    @Message
    String policy_accept_intro(String version);

    @Message
    String policy_accept_button();

    @Message
    String policy_accept_other_title();

    @Message
    String policy_accept_other();

    @Message
    String policy_accept_take_data();

    @Message
    String policy_accept_close();

    @Message
    String policy_accept_read_all();

    @Message
    String policy_admin_title();

    @Message
    String policy_admin_version();

    @Message
    String policy_admin_published_at();

    @Message
    String policy_admin_reduces();

    @Message
    String policy_admin_yes();

    @Message
    String policy_admin_no();

    @Message
    String policy_admin_new();

    @Message
    String policy_admin_intro();

    @Message
    String policy_admin_version_hint();

    @Message
    String policy_admin_reduces_label();

    @Message
    String policy_admin_reduces_hint();

    @Message
    String policy_admin_publish();

    @Message
    String policy_admin_version_required();

    @Message
    String policy_admin_version_taken();

    @Message
    String policy_admin_published(String version, int mailed);

    @Message
    String policy_versions_title();

    @Message
    String policy_version_line(String version, String date);

    @Message
    String policy_version_current();

    @Message
    String policy_version_reduces();

    @Message
    String report_link();

    @Message
    String report_title();

    @Message
    String report_intro();

    @Message
    String report_what_happens();

    @Message
    String report_reported();

    @Message
    String report_reported_hint();

    @Message
    String report_details();

    @Message
    String report_details_hint();

    @Message
    String report_reporter_email();

    @Message
    String report_reporter_email_hint();

    @Message
    String report_submit();

    @Message
    String report_reported_required();

    @Message
    String report_details_required();

    @Message
    String report_email_invalid();

    @Message
    String reports_admin_title();

    @Message
    String reports_admin_intro();

    @Message
    String reports_admin_none();

    @Message
    String reports_admin_when();

    @Message
    String reports_admin_account();

    @Message
    String reports_admin_open_account();

    @Message
    String reports_admin_no_account();

    @Message
    String reports_admin_handled();

    @Message
    String reports_admin_reported();

    @Message
    String reports_admin_details();

    @Message
    String reports_admin_reporter();

    @Message
    String mail_disclosure_recipient(String value);

    @Message
    String mail_disclosure_date(String value);

    @Message
    String mail_disclosure_purpose(String value);

    @Message
    String mail_disclosure_basis(String value);

    @Message
    String mail_disclosure_categories(String value);

    @Message
    String disclosures_admin_none();

    // issue 19, catalogue and dashboard: the manifest's categories, locations and recipients

    @Message
    String dashboard_col_purpose();

    @Message
    String dashboard_col_basis();

    @Message
    String dashboard_held_if_closed_today(String date);

    @Message
    String dashboard_latest_goes(String date);

    @Message
    String dashboard_stored_intro();

    @Message
    String dashboard_backups_intro();

    @Message
    String dashboard_recipient_name();

    @Message
    String dashboard_recipient_kind();

    @Message
    String dashboard_recipient_purpose();

    @Message
    String dashboard_recipient_categories();

    @Message
    String dashboard_recipient_country();

    @Message
    String dashboard_recipient_safeguard();

    @Message
    String dashboard_recipient_erasure();

    @Message
    String dashboard_erasure_not_yet();

    @Message
    String dashboard_recipient_everything();

    @Message
    String dashboard_place(String country, String description);

    @Message
    String dashboard_recipients_none();

    // --- issue 19, part B: the policy's full text, its versions and what changed ---

    @Message
    String policy_page_title(String version);

    @Message
    String policy_not_in_force();

    @Message
    String policy_read_in_force();

    @Message
    String policy_changes_link(String previous);

    @Message
    String policy_summary_title();

    @Message
    String policy_controller_title();

    @Message
    String policy_controller_name();

    @Message
    String policy_controller_address();

    @Message
    String policy_controller_contact();

    @Message
    String policy_controller_dpo();

    @Message
    String policy_controller_authority();

    @Message
    String policy_version_changes();

    @Message
    String policy_changes_title(String version);

    @Message
    String policy_back_to_version(String version);

    @Message
    String policy_changes_intro(String from, String fromDate, String to, String toDate);

    @Message
    String policy_changes_none();

    @Message
    String policy_changes_how();

    @Message
    String policy_changes_caption(String from, String to);

    @Message
    String policy_changes_change();

    @Message
    String policy_changes_line_in(String version);

    @Message
    String policy_changes_text();

    /** Keys {@code policy_change_CONSTANT}. */
    @Message
    String policy_change(PolicyChanges.Change value);

    @Message
    String policy_changes_blank();

    @Message
    String policy_changes_unchanged(int count);

    @Message
    String policy_changes_first();

    @Message
    String policy_changes_compare_with();

    @Message
    String policy_changes_compare();

    @Message
    String mail_policy_changes();

    @Message
    String policy_accept_read_version(String version);

    @Message
    String policy_accept_changes();

    @Message
    String policy_admin_version_malformed();

    @Message
    String policy_admin_summary_missing(String language);

    @Message
    String policy_admin_text_missing(String language);

    @Message
    String policy_admin_confirm_missing(int audience);

    @Message
    String policy_admin_confirm_label(int audience);

    @Message
    String policy_admin_not_announced();

    @Message
    String policy_admin_announce(String version);

    @Message
    String policy_admin_announced(String version, int mailed);

    @Message
    String policy_admin_preview_in(String language);

    @Message
    String policy_admin_language(String language);

    @Message
    String policy_admin_summary_in(String language);

    @Message
    String policy_admin_text_in(String language);

    @Message
    String policy_admin_text_hint();

    @Message
    String policy_admin_preview();
}
