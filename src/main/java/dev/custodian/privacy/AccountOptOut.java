package dev.custodian.privacy;

import dev.custodian.communication.Category;
import dev.custodian.communication.ConsentEvent;
import dev.custodian.webhook.Events;
import dev.custodian.webhook.WebhookType;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * An account's opt-out of page-view counting by a browser's opt-out preference signal (11 CCR
 * §7025(c)(1)): honoured for the account once a signed-in browser sends it, lifted only by an
 * "allow" from a browser that sends none, since the signal's absence is no consent ((c)(5)). Each
 * change, and only a change, is a consent event; the conditional update makes two requests at once
 * record it once.
 */
@Singleton
public class AccountOptOut {

    private final Clock clock;
    private final Events events;

    AccountOptOut(Clock clock, Events events) {
        this.clock = clock;
        this.events = events;
    }

    /** Records the signal for the account, unless it is recorded already. */
    @Transactional
    public void honour(UUID accountId, String ip) {
        Instant now = clock.instant();
        int changed =
                Panache.getEntityManager()
                        .createNativeQuery(
                                "UPDATE account SET opt_out_signal_at = ?1 WHERE id = ?2 AND opt_out_signal_at IS NULL")
                        .setParameter(1, now)
                        .setParameter(2, accountId)
                        .executeUpdate();
        recordIfChanged(
                changed,
                accountId,
                ConsentEvent.Action.WITHDRAW,
                ConsentEvent.Source.BROWSER_SIGNAL,
                ip,
                now);
    }

    /** Lets page views of the account be counted again, if it had opted out. */
    @Transactional
    public void lift(UUID accountId, String ip) {
        int changed =
                Panache.getEntityManager()
                        .createNativeQuery(
                                "UPDATE account SET opt_out_signal_at = NULL WHERE id = ?1 AND opt_out_signal_at IS NOT NULL")
                        .setParameter(1, accountId)
                        .executeUpdate();
        recordIfChanged(
                changed,
                accountId,
                ConsentEvent.Action.GRANT,
                ConsentEvent.Source.COOKIE_SETTINGS,
                ip,
                clock.instant());
    }

    private void recordIfChanged(
            int changed,
            UUID accountId,
            ConsentEvent.Action action,
            ConsentEvent.Source source,
            String ip,
            Instant now) {
        if (changed > 0) {
            ConsentEvent.record(accountId, Category.PAGE_VIEWS, action, source, ip, now);
            events.publish(
                    WebhookType.CONSENT_CHANGED,
                    accountId,
                    Events.consent(
                            Category.PAGE_VIEWS.id(), action == ConsentEvent.Action.GRANT, source));
        }
    }
}
