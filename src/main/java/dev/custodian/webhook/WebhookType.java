package dev.custodian.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The events the company's other systems may subscribe to, by their name on the wire. */
public enum WebhookType {
    ACCOUNT_CREATED("account.created"),
    ACCOUNT_VERIFIED("account.verified"),
    ACCOUNT_EMAIL_CHANGED("account.email_changed"),
    ACCOUNT_CLOSED("account.closed"),
    ACCOUNT_REOPENED("account.reopened"),
    ACCOUNT_ERASED("account.erased"),
    CONSENT_CHANGED("consent.changed"),
    POLICY_ACCEPTED("policy.accepted"),
    PRODUCT_TERMINATED_BY_USER("product.terminated_by_user");

    private final String wireName;

    WebhookType(String wireName) {
        this.wireName = wireName;
    }

    /** The payload's {@code type}, as receivers match on it. */
    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookType> ofWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
