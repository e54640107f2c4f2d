package dev.custodian.oidc;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of signing in with an external provider, in English ({@code
 * messages/oidc_en.properties}) and French ({@code messages/oidc_fr.properties}). Templates use
 * {@code {oidc:key}}; Java gets the bundle in the reader's language from {@link
 * dev.custodian.web.Messages}.
 */
@MessageBundle(value = "oidc", locale = "en")
public interface OidcMessages {

    @Message
    String continue_with(String provider);

    @Message
    String provider_unreachable(String provider);

    @Message
    String refused_title();

    @Message
    String refused_back();

    @Message
    String refused_closed();

    @Message
    String refused_link_expired();

    @Message
    String refused_linked_elsewhere(String provider);

    @Message
    String unlink_last_way_in(String provider);

    @Message
    String link_title(String provider);

    @Message
    String link_intro(String email, String provider);

    @Message
    String link_why();

    @Message
    String link_sign_in();

    @Message
    String link_confirm_intro(String provider);

    @Message
    String link_confirm_button(String provider);

    @Message
    String link_other_account(String email);

    @Message
    String signup_title(String provider);

    @Message
    String signup_intro(String provider);

    @Message
    String signup_email_from_provider(String email, String provider);

    @Message
    String signup_email_hint();

    @Message
    String signup_submit();

    @Message
    String signup_check_email();

    @Message
    String mail_linked_subject(String provider);

    @Message
    String mail_unlinked_subject(String provider);

    @Message
    String mail_linked_body(String provider, String identity);

    @Message
    String mail_unlinked_body(String provider, String identity);

    @Message
    String mail_not_you();

    @Message
    String mail_security_button();
}
