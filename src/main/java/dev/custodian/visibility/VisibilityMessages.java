package dev.custodian.visibility;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of who sees each profile field, the public profile and member search, in English
 * ({@code messages/visibility_en.properties}) and French ({@code
 * messages/visibility_fr.properties}). Templates use {@code {visibility:key}}; Java gets the bundle
 * in the reader's language from {@link dev.custodian.web.Messages}.
 */
@MessageBundle(value = "visibility", locale = "en")
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

    /**
     * Keys {@code field_CONSTANT}, or {@code field_$CONSTANT} for all if one constant has an
     * underscore.
     */
    @Message
    String field(ProfileField value);

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
    String people_found(long total);

    @Message
    String people_pages();

    @Message
    String people_previous();

    @Message
    String people_next();

    @Message
    String photo_alt();
}
