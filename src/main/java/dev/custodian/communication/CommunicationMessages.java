package dev.custodian.communication;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of email preferences, consent history, campaigns and unsubscribing, in English ({@code
 * messages/communication_en.properties}) and French ({@code messages/communication_fr.properties}).
 * Templates use {@code {communication:key}}; Java gets the bundle in the reader's language from
 * {@link dev.custodian.web.Messages}.
 */
@MessageBundle(value = "communication", locale = "en")
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

    /**
     * Keys {@code consent_CONSTANT}, or {@code consent_$CONSTANT} for all if one constant has an
     * underscore.
     */
    @Message
    String consent(ConsentEvent.Action value);

    /**
     * Keys {@code source_CONSTANT}, or {@code source_$CONSTANT} for all if one constant has an
     * underscore.
     */
    @Message
    String source(ConsentEvent.Source value);

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
    String unsubscribe_undo(String category);

    @Message
    String subscribed_again_title();

    @Message
    String subscribed_again_text(String category);

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
    String campaign_test_subject(String subject);

    @Message
    String campaign_send_test();

    @Message
    String campaign_delete();

    @Message
    String campaign_send_confirm(long count);

    @Message
    String campaign_send_unconfirmed();

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
    String unsubscribe_already(String category);

    /**
     * Keys {@code campaign_state_CONSTANT}, or {@code campaign_state_$CONSTANT} for all if one
     * constant has an underscore.
     */
    @Message
    String campaign_state(Campaign.Status value);

    // Issue 19, part C: marketing categories from the manifest

    /**
     * Page-view counting's name in the consent history; marketing categories are named by the
     * manifest.
     */
    @Message
    String page_views();

    @Message
    String page_views_text();

    @Message
    String signup_marketing_hint();

    @Message
    String campaign_category_not_offered();

    // issue 22: editing a draft

    @Message
    String campaign_edit();

    @Message
    String campaign_edit_title();

    @Message
    String campaign_edit_back();
}
