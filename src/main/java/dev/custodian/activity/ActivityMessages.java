package dev.custodian.activity;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the activity log, in English ({@code messages/activity_en.properties}) and French
 * ({@code messages/activity_fr.properties}). Templates use {@code {activity:key}}; Java gets the
 * bundle in the reader's language from {@link dev.custodian.web.Messages}.
 */
@MessageBundle(value = "activity", locale = "en")
public interface ActivityMessages {

    @Message
    String activity_title();

    @Message
    String activity_intro();

    @Message
    String activity_empty();

    @Message
    String activity_when();

    @Message
    String activity_what();

    @Message
    String activity_where();

    @Message
    String activity_pages();

    @Message
    String activity_newer();

    @Message
    String activity_older();

    /**
     * Keys {@code event_CONSTANT}, or {@code event_$CONSTANT} for all if one constant has an
     * underscore.
     */
    @Message
    String event(EventType value);

    @Message
    String changed_fields(String fields);

    @Message
    String changed_firstName();

    @Message
    String changed_lastName();

    @Message
    String changed_company();

    @Message
    String changed_locale();

    @Message
    String changed_country();

    @Message
    String changed_phone();

    @Message
    String changed_postalAddress();

    @Message
    String changed_billingAddress();

    @Message
    String changed_billingSameAsPostal();

    @Message
    String changed_handle();

    @Message
    String changed_headline();

    @Message
    String changed_city();

    @Message
    String changed_about();

    @Message
    String changed_experience();

    @Message
    String changed_name();

    @Message
    String changed_experiences();

    @Message
    String changed_email();

    @Message
    String changed_indexable();

    @Message
    String activity_filter_label();

    @Message
    String activity_kind_all();

    /**
     * Keys {@code kind_CONSTANT}, or {@code kind_$CONSTANT} for all if one constant has an
     * underscore.
     */
    @Message
    String kind(EventType.Kind value);
}
