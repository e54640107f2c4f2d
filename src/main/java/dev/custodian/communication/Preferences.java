package dev.custodian.communication;

import dev.custodian.account.Account;
import dev.custodian.account.AccountStatus;
import dev.custodian.webhook.Events;
import dev.custodian.webhook.WebhookType;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Opting in and out of marketing categories. Every change, and only a change, writes a consent
 * event with its source, address and the policy version in force.
 */
@Singleton
public class Preferences {

    /** Turns one subscription off, if it is on; the update count says whether it was. */
    static final String WITHDRAW_SQL =
            "UPDATE communication_preference SET subscribed = FALSE, updated_at = ? "
                    + "WHERE account_id = ? AND category = ? AND subscribed = TRUE";

    private final Clock clock;
    private final MarketingCategories categories;
    private final Events events;

    Preferences(Clock clock, MarketingCategories categories, Events events) {
        this.events = events;
        this.clock = clock;
        this.categories = categories;
    }

    /** Whether the account gets mail of {@code category} now. */
    @Transactional
    public boolean isSubscribed(UUID accountId, Category category) {
        return CommunicationPreference.subscriptions(accountId).contains(category);
    }

    /**
     * Sets the account's categories offered to exactly {@code subscribed}; returns the categories
     * that changed. A category no longer offered is left as it is.
     */
    @Transactional
    public Set<Category> set(
            UUID accountId, Set<Category> subscribed, ConsentEvent.Source source, String ip) {
        Set<Category> changed = new HashSet<>();
        Set<Category> current = CommunicationPreference.subscriptions(accountId);
        for (Category category : categories.offered()) {
            boolean wanted = subscribed.contains(category);
            if (wanted != current.contains(category)) {
                change(accountId, category, wanted, source, ip);
                changed.add(category);
            }
        }
        return changed;
    }

    /**
     * Subscribes an active account to {@code category} again, as the unsubscribe page's "I clicked
     * by mistake" asks; false for a closed or erased account, which stays as it is.
     */
    @Transactional
    public boolean subscribeAgain(UUID accountId, Category category, String ip) {
        Account account = Account.findById(accountId);
        if (account == null || account.status != AccountStatus.ACTIVE) {
            return false;
        }
        if (!CommunicationPreference.subscriptions(accountId).contains(category)) {
            change(accountId, category, true, ConsentEvent.Source.UNSUBSCRIBE_UNDONE, ip);
        }
        return true;
    }

    private void change(
            UUID accountId,
            Category category,
            boolean subscribe,
            ConsentEvent.Source source,
            String ip) {
        Instant now = clock.instant();
        CommunicationPreference preference =
                CommunicationPreference.findById(
                        new CommunicationPreference.Key(accountId, category));
        boolean isNew = preference == null;
        if (isNew) {
            preference = new CommunicationPreference();
            preference.key = new CommunicationPreference.Key(accountId, category);
        }
        preference.subscribed = subscribe;
        preference.updatedAt = now;
        if (isNew) {
            preference.persist();
        }
        ConsentEvent.record(
                accountId,
                category,
                subscribe ? ConsentEvent.Action.GRANT : ConsentEvent.Action.WITHDRAW,
                source,
                ip,
                now);
        // A mailing service must stop at once.
        events.publish(
                WebhookType.CONSENT_CHANGED,
                accountId,
                Events.consent(category.id(), subscribe, source));
    }
}
