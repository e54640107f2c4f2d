package dev.custodian.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of sign-in with an external provider ({@code messages/omsg_en.properties}, {@code
 * omsg_fr.properties}); templates use {@code {omsg:...}}. A bundle of its own: see {@link
 * ProfileMessages}.
 */
@MessageBundle(value = "omsg", locale = "en")
public interface OidcMessages {

    @Message
    String flash_identity_linked();

    @Message
    String flash_identity_unlinked();

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
    String security_title(String provider);

    @Message
    String security_none(String provider);

    @Message
    String security_identity();

    @Message
    String security_linked();

    @Message
    String security_last_used();

    @Message
    String security_unlink();

    @Message
    String security_link(String provider);

    @Message
    String security_link_hint();

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
