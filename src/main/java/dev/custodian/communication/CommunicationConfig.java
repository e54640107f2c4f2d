package dev.custodian.communication;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

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

        /**
         * {@code custodian.campaign.every}: how often campaigns being sent are queued further, read
         * by CampaignSender's schedule ({@code ${custodian.campaign.every}}). Default 10s.
         */
        @WithDefault("10s")
        Duration every();
    }
}
