package dev.custodian.webhook;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the events' admin pages and of who is told of an erasure, in English ({@code
 * messages/webhook_en.properties}) and French ({@code messages/webhook_fr.properties}). Templates
 * use {@code {webhook:key}}.
 */
@MessageBundle(value = "webhook", locale = "en")
public interface WebhookMessages {

    @Message
    String webhooks_title();

    @Message
    String webhooks_intro();

    @Message
    String webhooks_none();

    @Message
    String webhooks_url();

    @Message
    String webhooks_url_hint();

    @Message
    String webhooks_events();

    @Message
    String webhooks_recipient();

    @Message
    String webhooks_recipient_hint();

    @Message
    String webhooks_recipient_none();

    @Message
    String webhooks_enabled();

    @Message
    String webhooks_add();

    @Message
    String webhooks_add_title();

    @Message
    String webhooks_secret_title();

    @Message
    String webhooks_secret_intro();

    @Message
    String webhooks_disable();

    @Message
    String webhooks_enable();

    @Message
    String webhooks_delete();

    @Message
    String webhooks_yes();

    @Message
    String webhooks_no();

    @Message
    String webhooks_url_missing();

    /** Why an address is refused; keys {@code webhooks_url_refused_MALFORMED} and so on. */
    @Message
    String webhooks_url_refused(EndpointAddresses.Refusal refusal);

    @Message
    String webhooks_events_missing();

    @Message
    String webhooks_events_unknown();

    @Message
    String webhooks_recipient_unknown();

    @Message
    String deliveries_title(String url);

    @Message
    String deliveries_intro();

    @Message
    String deliveries_none();

    @Message
    String deliveries_shown(int shown);

    @Message
    String deliveries_event();

    @Message
    String deliveries_id();

    @Message
    String deliveries_created();

    @Message
    String deliveries_status();

    @Message
    String deliveries_attempts();

    @Message
    String deliveries_error();

    @Message
    String deliveries_delivered();

    @Message
    String deliveries_send_again();

    /** Keys {@code delivery_status_PENDING} and so on. */
    @Message
    String delivery_status(WebhookDelivery.Status status);

    @Message
    String told_of_erasure(String recipients);
}
