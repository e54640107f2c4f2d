package dev.custodian.communication;

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

    Campaigns(Clock clock) {
        this.clock = clock;
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
}
