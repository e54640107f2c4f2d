package dev.custodian.communication;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "custodian")
public interface CommunicationConfig {

    /** {@code custodian.unsubscribe.*}: one-click unsubscribing ({@link WithdrawalWriter}). */
    Unsubscribe unsubscribe();

    /** {@code custodian.campaign.*}: sending campaigns ({@link CampaignSender}). */
    Campaign campaign();

    interface Unsubscribe {

        /**
         * {@code custodian.unsubscribe.writers}: threads that commit one-click unsubscribes in
         * groups; while one waits for its commit, another gathers the next group. Default 2.
         */
        @WithDefault("2")
        int writers();
    }

    interface Campaign {

        /**
         * {@code custodian.campaign.batch-size}: campaign mails queued per transaction. Default
         * 200; 7 in tests.
         */
        @WithDefault("200")
        int batchSize();
    }
}
