package dev.custodian.communication;

import dev.custodian.account.Account;
import dev.custodian.account.AccountStatus;
import dev.custodian.web.RequestLocale;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

/**
 * Queues campaigns being sent, one batch of subscribers per transaction: the campaign row is
 * claimed with SKIP LOCKED, so several instances share the work and no subscriber is queued twice;
 * the cursor (the last account queued) says where the next batch starts. Only campaigns of a
 * category the manifest offers are sent: none at all with marketing off.
 */
@Singleton
public class CampaignSender {

    private static final int SKIP_LOCKED = -2;
    private static final UUID BEFORE_ALL = new UUID(0, 0);
    private static final int NOTHING_TO_SEND = -1;

    private final CampaignMails mails;
    private final MarketingCategories categories;
    private final int batchSize;

    CampaignSender(
            CampaignMails mails, MarketingCategories categories, CommunicationConfig config) {
        this.mails = mails;
        this.categories = categories;
        this.batchSize = config.campaign().batchSize();
    }

    @Scheduled(
            every = "${custodian.campaign.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        queueDue();
    }

    /** Queues every campaign being sent, to the end; returns how many mails were queued. */
    public int queueDue() {
        int total = 0;
        int queued;
        while ((queued = QuarkusTransaction.requiringNew().call(this::queueBatch))
                != NOTHING_TO_SEND) {
            total += queued;
        }
        return total;
    }

    /**
     * Queues one batch of one campaign and says how many mails; NOTHING_TO_SEND when no campaign is
     * sending.
     */
    private int queueBatch() {
        if (categories.offered().isEmpty()) {
            return NOTHING_TO_SEND;
        }
        List<Campaign> sending =
                Campaign.<Campaign>find(
                                "status = ?1 and category in ?2",
                                Campaign.Status.SENDING,
                                categories.offered())
                        .withLock(LockModeType.PESSIMISTIC_WRITE)
                        .withHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                        .page(0, 1)
                        .list();
        if (sending.isEmpty()) {
            return NOTHING_TO_SEND;
        }
        Campaign campaign = sending.get(0);
        List<Account> batch = recipients(campaign);
        batch.forEach(account -> mails.enqueue(campaign, account));
        campaign.queued += batch.size();
        if (batch.size() < batchSize) {
            campaign.status = Campaign.Status.QUEUED;
        } else {
            campaign.cursorAccountId = batch.get(batch.size() - 1).id;
        }
        return batch.size();
    }

    /**
     * The next verified, open accounts that read this language and are subscribed to the category.
     */
    private List<Account> recipients(Campaign campaign) {
        return Account.<Account>find(
                        "select a from Account a where a.id > ?1 and a.status = ?2 "
                                + "and a.emailVerifiedAt is not null and coalesce(a.locale, ?5) = ?3 and exists ("
                                + "select p.key from CommunicationPreference p where p.key.accountId = a.id and p.key.category = ?4 "
                                + "and p.subscribed = true) order by a.id",
                        campaign.cursorAccountId == null ? BEFORE_ALL : campaign.cursorAccountId,
                        AccountStatus.ACTIVE,
                        campaign.language,
                        campaign.category.id(),
                        RequestLocale.offered().get(0).getLanguage())
                .page(0, batchSize)
                .list();
    }
}
