package dev.custodian.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of sign-up, email verification, passwords, email change and the security page, in
 * English ({@code messages/account_en.properties}) and French ({@code
 * messages/account_fr.properties}). Templates use {@code {account:key}}; Java gets the bundle in
 * the reader's language from {@link dev.custodian.web.Messages}.
 */
@MessageBundle(value = "account", locale = "en")
public interface AccountMessages {

    @Message
    String signup_attestations();

    @Message
    String signup_done_title();

    @Message
    String field_password_hint();

    @Message
    String error_email_invalid();

    @Message
    String error_adult_required();

    @Message
    String error_policy_required();

    @Message
    String error_policy_changed();

    @Message
    String password_too_short(int min);

    @Message
    String password_too_long(int max);

    @Message
    String password_personal();

    @Message
    String password_weak();

    @Message
    String password_breached();

    @Message
    String link_invalid_title();

    @Message
    String link_invalid_verify();

    @Message
    String link_invalid_reset();

    @Message
    String link_other_account();

    @Message
    String link_request_new_reset();

    @Message
    String link_go_to_account();

    @Message
    String security_end_other_sessions();

    @Message
    String mail_not_you();

    @Message
    String mail_verify_expiry();

    @Message
    String mail_reset_button();

    @Message
    String mail_reset_expiry();

    @Message
    String mail_locked_subject();

    @Message
    String mail_locked_body();

    @Message
    String error_email_required();

    @Message
    String two_factor_title();

    @Message
    String link_invalid_email_change();

    @Message
    String link_go_to_email();

    @Message
    String link_address_taken();

    /** Keys {@code account_status_CONSTANT}: an account's status in the export's index.html. */
    @Message
    String account_status(AccountStatus value);

    /** Keys {@code token_purpose_$CONSTANT}: what an emailed link was for. */
    @Message
    String token_purpose(TokenPurpose value);
}
