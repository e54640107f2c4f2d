package dev.custodian.testing;

import dev.custodian.communication.CampaignSender;

/** Campaigns in tests, whose schedule (every 10 s) runs beside them. */
public final class Campaigns {

    private Campaigns() {}

    /**
     * Queues every mail of the campaign with this subject. The schedule may be queueing it at this
     * very moment, which {@link CampaignSender#queueDue()} skips (the row is locked): then it is
     * queued when the schedule commits.
     */
    public static void queued(CampaignSender sender, String subject) {
        for (int tries = 0; tries < 100; tries++) {
            sender.queueDue();
            if (Db.count(
                            "SELECT count(*) FROM campaign WHERE subject = ?1 AND status = 'SENDING'",
                            subject)
                    == 0) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("The campaign '" + subject + "' is still being queued");
    }
}
