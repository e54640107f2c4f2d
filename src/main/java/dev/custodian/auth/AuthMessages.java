package dev.custodian.auth;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of signing in, the second step, step-up and sessions, in English ({@code
 * messages/auth_en.properties}) and French ({@code messages/auth_fr.properties}). Templates use
 * {@code {auth:key}}; Java gets the bundle in the reader's language from {@link
 * dev.custodian.web.Messages}.
 */
@MessageBundle(value = "auth", locale = "en")
public interface AuthMessages {

    @Message
    String login_title();

    @Message
    String login_submit();

    @Message
    String login_wrong();

    @Message
    String login_wait(long seconds);

    @Message
    String login_no_account();

    @Message
    String signed_out_title();

    @Message
    String signed_out_body();

    @Message
    String login_forgot();

    @Message
    String back_to_security();

    @Message
    String sessions_intro();

    @Message
    String sessions_device();

    @Message
    String sessions_address();

    @Message
    String sessions_first_seen();

    @Message
    String sessions_last_seen();

    @Message
    String sessions_actions();

    @Message
    String sessions_this_device();

    @Message
    String sessions_unknown_device();

    @Message
    String sessions_end();

    @Message
    String sessions_sign_out_here();

    @Message
    String sessions_end_others();

    @Message
    String step_up_title();

    @Message
    String step_up_intro();

    @Message
    String step_up_intro_code();

    @Message
    String step_up_submit();

    @Message
    String step_up_done_title();

    @Message
    String step_up_done_intro();

    @Message
    String step_up_continue();

    @Message
    String step_up_cancel();

    @Message
    String two_factor_wrong_code();

    @Message
    String two_factor_sign_in_title();

    @Message
    String two_factor_sign_in_intro();

    @Message
    String two_factor_verify();

    @Message
    String two_factor_blocked();
}
