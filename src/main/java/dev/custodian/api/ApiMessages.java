package dev.custodian.api;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the API's problems and of its keys' admin page, in English ({@code
 * messages/api_en.properties}) and French ({@code messages/api_fr.properties}), chosen by the
 * call's Accept-Language. Templates use {@code {api:key}}.
 */
@MessageBundle(value = "api", locale = "en")
public interface ApiMessages {

    /** A problem's title. */
    @Message
    String problem(ProblemType type);

    @Message
    String body_not_an_object();

    @Message
    String body_too_large(long megabytes);

    @Message
    String idempotency_key_form();

    @Message
    String external_id_form();

    @Message
    String field_required();

    @Message
    String field_not_text();

    @Message
    String field_not_a_boolean();

    @Message
    String field_not_an_id();

    @Message
    String field_not_a_date();

    @Message
    String field_not_a_choice(String choices);

    @Message
    String field_not_an_amount(int decimals);

    @Message
    String field_not_a_currency();

    @Message
    String field_unknown();

    @Message
    String ended_on_only_when_terminated();

    @Message
    String ended_on_before_start();

    @Message
    String disclosed_on_in_future();

    /** What a scope lets a key do, on the admin page. */
    @Message
    String scope(ApiScope scope);

    @Message
    String keys_title();

    @Message
    String keys_intro();

    @Message
    String keys_none();

    @Message
    String key_name();

    @Message
    String key_scopes();

    @Message
    String key_created();

    @Message
    String key_last_used();

    @Message
    String key_uses();

    @Message
    String key_expires();

    @Message
    String key_state();

    @Message
    String key_never();

    @Message
    String key_active();

    @Message
    String key_revoked();

    @Message
    String key_expired();

    @Message
    String key_revoke();

    @Message
    String key_new();

    @Message
    String key_expires_hint();

    @Message
    String key_create();

    @Message
    String key_name_required();

    @Message
    String key_scopes_required();

    @Message
    String key_expiry_invalid();

    @Message
    String key_created_title();

    @Message
    String key_created_once();

    @Message
    String key_secret();

    @Message
    String key_back();
}
