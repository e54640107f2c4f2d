package dev.custodian.twofactor;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of two-factor sign-in and recovery codes, in English ({@code
 * messages/twofactor_en.properties}) and French ({@code messages/twofactor_fr.properties}).
 * Templates use {@code {twofactor:key}}; Java gets the bundle in the reader's language from {@link
 * dev.custodian.web.Messages}.
 */
@MessageBundle(value = "twofactor", locale = "en")
public interface TwoFactorMessages {

    @Message
    String field_totp_code();

    @Message
    String two_factor_intro();

    @Message
    String two_factor_start();

    @Message
    String two_factor_scan();

    @Message
    String two_factor_qr_alt();

    @Message
    String two_factor_manual();

    @Message
    String two_factor_confirm();

    @Message
    String two_factor_on();

    @Message
    String two_factor_recovery_heading();

    @Message
    String two_factor_recovery_left(long count);

    @Message
    String two_factor_recovery_regenerate();

    @Message
    String two_factor_off_heading();

    @Message
    String two_factor_off_intro();

    @Message
    String two_factor_off_button();

    @Message
    String two_factor_off_confirm_title();

    @Message
    String two_factor_off_confirm_text();

    @Message
    String two_factor_off_confirm_ask();

    @Message
    String two_factor_off_keep();

    @Message
    String two_factor_codes_title();

    @Message
    String two_factor_codes_intro();

    @Message
    String two_factor_codes_done();

    @Message
    String two_factor_codes_download();

    @Message
    String two_factor_codes_print();

    /** The first line of the downloaded file. */
    @Message
    String two_factor_codes_file(String email, String made);

    @Message
    String mail_two_factor_on_subject();

    @Message
    String mail_two_factor_on_body();

    @Message
    String mail_two_factor_off_subject();

    @Message
    String mail_two_factor_off_body();

    @Message
    String mail_two_factor_if_not();

    @Message
    String mail_authenticator_refused_subject();

    @Message
    String mail_authenticator_refused_body();

    @Message
    String mail_authenticator_refused_advice();
}
