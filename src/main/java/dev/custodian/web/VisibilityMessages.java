package dev.custodian.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of visibility settings, public profiles and members search ({@code
 * messages/vmsg_en.properties}, {@code vmsg_fr.properties}); templates use {@code {vmsg:...}}. A
 * bundle of its own: see {@link ProfileMessages}.
 */
@MessageBundle(value = "vmsg", locale = "en")
public interface VisibilityMessages {

    @Message
    String visibility_title();

    @Message
    String visibility_intro();

    @Message
    String visibility_your_page();

    @Message
    String visibility_no_handle();

    @Message
    String visibility_choose_handle();

    @Message
    String detail();

    @Message
    String level_public();

    @Message
    String level_public_hint();

    @Message
    String level_members();

    @Message
    String level_members_hint();

    @Message
    String level_private();

    @Message
    String level_private_hint();

    @Message
    String field_name();

    @Message
    String field_headline();

    @Message
    String field_company();

    @Message
    String field_city();

    @Message
    String field_country();

    @Message
    String field_about();

    @Message
    String field_experiences();

    @Message
    String field_email();

    @Message
    String field_phone();

    @Message
    String field_indexable();

    @Message
    String indexable_label();

    @Message
    String indexable_hint();

    @Message
    String visibility_save();

    @Message
    String confirm_public_title();

    @Message
    String confirm_public_text(String fields);

    @Message
    String confirm_public_checkbox();

    @Message
    String flash_visibility_saved();

    @Message
    String event_visibility_changed();

    @Message
    String preview_as_owner();

    @Message
    String preview_as_anyone();

    @Message
    String preview_as_member();

    @Message
    String view_as_anyone();

    @Message
    String view_as_member();

    @Message
    String view_as_owner();

    @Message
    String change_visibility();

    @Message
    String owner_nothing_visible();

    @Message
    String contact();

    @Message
    String people_title();

    @Message
    String people_intro();

    @Message
    String people_query();

    @Message
    String people_search();

    @Message
    String people_too_short();

    @Message
    String people_none(String q);

    @Message
    String people_pages();

    @Message
    String people_previous();

    @Message
    String people_next();
}
