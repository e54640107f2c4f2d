package dev.custodian.passkey;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of passkeys, in English ({@code messages/passkey_en.properties}) and French ({@code
 * messages/passkey_fr.properties}). Templates use {@code {passkey:key}}.
 */
@MessageBundle(value = "passkey", locale = "en")
public interface PasskeyMessages {

    @Message
    String security_heading();

    @Message
    String security_intro();

    @Message
    String security_none();

    @Message
    String column_name();

    @Message
    String column_added();

    @Message
    String column_last_used();

    @Message
    String column_actions();

    @Message
    String never_used();

    @Message
    String rename();

    @Message
    String rename_named(String name);

    @Message
    String remove();

    @Message
    String remove_named(String name);

    @Message
    String field_name();

    @Message
    String field_name_hint();

    @Message
    String add_submit();

    @Message
    String add_title();

    @Message
    String add_intro();

    @Message
    String add_create();

    @Message
    String add_unsupported();

    @Message
    String add_cancel();

    @Message
    String rename_title();

    @Message
    String rename_submit();

    @Message
    String refused_title();

    @Message
    String default_name();

    @Message
    String login_button();

    @Message
    String login_or();

    @Message
    String step_up_button();

    @Message
    String step_up_or();

    @Message
    String offer_title();

    @Message
    String offer_text();

    @Message
    String offer_button();

    @Message
    String error_cancelled();

    @Message
    String error_step_up_expired();

    @Message
    String error_too_many();

    @Message
    String error_name_too_long(int max);

    @Message
    String error_name_required();

    @Message
    String error_no_answer();

    @Message
    String error_already_registered();

    @Message
    String error_not_verified();

    @Message
    String error_last_way_in();

    @Message
    String error_no_passkey();

    @Message
    String mail_added_subject();

    @Message
    String mail_removed_subject();

    @Message
    String mail_added_body(String name);

    @Message
    String mail_removed_body(String name);

    @Message
    String mail_if_not();

    @Message
    String second_factor_or();
}
