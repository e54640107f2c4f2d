package dev.custodian.communication;

import dev.custodian.account.Account;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * Marketing campaigns as admins compose them: drafts, then sending (CampaignSender queues the
 * mail).
 */
@Singleton
public class Campaigns {

    private final Clock clock;
    private final CampaignMails mails;
    private final MarketingCategories categories;

    Campaigns(Clock clock, CampaignMails mails, MarketingCategories categories) {
        this.clock = clock;
        this.mails = mails;
        this.categories = categories;
    }

    /** Saves a draft; returns its id. */
    @Transactional
    public UUID draft(Category category, String language, String subject, String body) {
        Campaign campaign = new Campaign();
        campaign.category = category;
        campaign.language = language;
        campaign.subject = subject;
        campaign.body = body;
        campaign.status = Campaign.Status.DRAFT;
        campaign.createdAt = clock.instant();
        campaign.persist();
        return campaign.id;
    }

    /** Starts sending a draft; a campaign already sending or sent is left as it is. */
    @Transactional
    public void send(UUID id) {
        Campaign.update(
                "status = ?1 where id = ?2 and status = ?3",
                Campaign.Status.SENDING,
                id,
                Campaign.Status.DRAFT);
    }

    /** Changes a draft's subject and message; false when it is no longer a draft. */
    @Transactional
    public boolean edit(UUID id, String subject, String body) {
        return Campaign.update(
                        "subject = ?1, body = ?2, version = version + 1 where id = ?3 and status = ?4",
                        subject,
                        body,
                        id,
                        Campaign.Status.DRAFT)
                > 0;
    }

    /** Deletes a draft; false for a campaign already sending or sent, which stays. */
    @Transactional
    public boolean delete(UUID id) {
        return Campaign.delete("id = ?1 and status = ?2", id, Campaign.Status.DRAFT) > 0;
    }

    /**
     * Queues one copy of a draft to the admin's own address; false when it is no draft, or its
     * category is no longer offered.
     */
    @Transactional
    public boolean sendTest(UUID id, UUID adminId) {
        Campaign campaign = Campaign.findById(id);
        if (campaign == null
                || campaign.status != Campaign.Status.DRAFT
                || !categories.offers(campaign.category)) {
            return false;
        }
        mails.enqueueTest(campaign, Account.findById(adminId));
        return true;
    }
}
