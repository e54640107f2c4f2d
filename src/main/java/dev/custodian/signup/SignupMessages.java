package dev.custodian.signup;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the sign-up form and email verification, in English ({@code
 * messages/signup_en.properties}) and French ({@code messages/signup_fr.properties}). Templates use
 * {@code {signup:key}}; Java gets the bundle in the reader's language from {@link
 * dev.custodian.web.Messages}.
 */
@MessageBundle(value = "signup", locale = "en")
public interface SignupMessages {

    @Message
    String signup_title();

    @Message
    String signup_intro();

    @Message
    String signup_submit();

    @Message
    String signup_have_account();

    @Message
    String signup_done_body();

    @Message
    String verify_title();

    @Message
    String verify_intro();

    @Message
    String verify_button();

    @Message
    String error_password_required();

    @Message
    String mail_verify_subject();

    @Message
    String mail_verify_body();

    @Message
    String mail_verify_button();

    @Message
    String mail_already_registered_subject();

    @Message
    String mail_already_registered_body();

    @Message
    String mail_already_registered_reset();

    @Message
    String mail_sign_in_button();
}
