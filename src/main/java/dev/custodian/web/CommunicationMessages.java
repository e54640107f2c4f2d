package dev.custodian.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of communication preferences, unsubscribing and campaigns ({@code
 * messages/cmsg_en.properties}, {@code cmsg_fr.properties}); templates use {@code {cmsg:...}}. A
 * bundle of its own: see {@link ProfileMessages}.
 */
@MessageBundle(value = "cmsg", locale = "en")
public interface CommunicationMessages {

    @Message
    String communications_title();

    @Message
    String communications_intro();

    @Message
    String marketing_heading();

    @Message
    String marketing_hint();

    @Message
    String communications_save();

    @Message
    String category_newsletter();

    @Message
    String category_newsletter_text();

    @Message
    String category_announcements();

    @Message
    String category_announcements_text();

    @Message
    String category_partners();

    @Message
    String category_partners_text();

    @Message
    String category_events();

    @Message
    String category_events_text();

    @Message
    String category_page_views();

    @Message
    String category_page_views_text();

    @Message
    String service_heading();

    @Message
    String service_intro();

    @Message
    String always_on();

    @Message
    String service_security();

    @Message
    String service_security_why();

    @Message
    String service_technical();

    @Message
    String service_technical_why();

    @Message
    String service_billing();

    @Message
    String service_billing_why();

    @Message
    String service_policy();

    @Message
    String service_policy_why();

    @Message
    String service_closure();

    @Message
    String service_closure_why();

    @Message
    String history_heading();

    @Message
    String history_intro();

    @Message
    String history_none();

    @Message
    String history_when();

    @Message
    String history_category();

    @Message
    String history_action();

    @Message
    String history_source();

    @Message
    String history_policy();

    @Message
    String history_ip();

    @Message
    String consent_grant();

    @Message
    String consent_withdraw();

    @Message
    String source_signup();

    @Message
    String source_settings();

    @Message
    String source_email_link();

    @Message
    String source_one_click();

    @Message
    String source_browser_signal();

    @Message
    String source_cookie_settings();

    @Message
    String flash_preferences_saved();

    @Message
    String signup_newsletter();

    @Message
    String signup_newsletter_hint();

    @Message
    String unsubscribe_title();

    @Message
    String unsubscribe_question(String category);

    @Message
    String unsubscribe_one(String category);

    @Message
    String unsubscribe_all();

    @Message
    String unsubscribe_service_note();

    @Message
    String manage_preferences();

    @Message
    String unsubscribe_invalid_title();

    @Message
    String unsubscribe_invalid_text();

    @Message
    String unsubscribed_title();

    @Message
    String unsubscribed_one(String category);

    @Message
    String unsubscribed_all();

    @Message
    String unsubscribed_service_continue();

    @Message
    String mail_marketing_footer(String category);

    @Message
    String mail_unsubscribe(String category);

    @Message
    String campaigns_title();

    @Message
    String campaigns_intro();

    @Message
    String campaigns_none();

    @Message
    String campaigns_back();

    @Message
    String campaign_new();

    @Message
    String campaign_subject();

    @Message
    String campaign_category();

    @Message
    String campaign_language();

    @Message
    String campaign_status();

    @Message
    String campaign_queued();

    @Message
    String campaign_sent();

    @Message
    String campaign_choose();

    @Message
    String campaign_body();

    @Message
    String campaign_body_hint();

    @Message
    String campaign_preview();

    @Message
    String campaign_preview_heading();

    @Message
    String campaign_sample_name();

    @Message
    String campaign_send_to(long subscribers);

    @Message
    String campaign_send();

    @Message
    String campaign_progress(int queued, long sent);

    @Message
    String campaign_category_required();

    @Message
    String campaign_language_required();

    @Message
    String campaign_subject_required();

    @Message
    String campaign_body_required();

    @Message
    String flash_campaign_sending();

    @Message
    String unsubscribe_already(String category);

    @Message
    String campaign_status_draft();

    @Message
    String campaign_status_sending();

    @Message
    String campaign_status_queued();
}
