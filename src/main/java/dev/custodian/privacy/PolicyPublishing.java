package dev.custodian.privacy;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Admins publish policy versions; one that reduces rights is announced to every active account. */
@Singleton
public class PolicyPublishing {

    private final PrivacyMails mails;
    private final Clock clock;

    PolicyPublishing(PrivacyMails mails, Clock clock) {
        this.mails = mails;
        this.clock = clock;
    }

    @Transactional
    public boolean versionTaken(String version) {
        return PolicyVersion.count("version", version) > 0;
    }

    /**
     * Publishes a version now; returns how many announcements were queued (0 unless it reduces
     * rights).
     */
    @Transactional
    public int publish(String version, String summaryEn, String summaryFr, boolean reducesRights) {
        PolicyVersion policy = new PolicyVersion();
        policy.version = version;
        policy.summaryEn = summaryEn;
        policy.summaryFr = summaryFr;
        policy.reducesRights = reducesRights;
        policy.publishedAt = clock.instant();
        policy.persist();
        return reducesRights ? mails.announce(policy) : 0;
    }

    /** The version in force now. */
    @Transactional
    public PolicyVersion current() {
        return PolicyVersion.current(clock.instant());
    }

    /** Every version published so far, as the admin page lists them. */
    @Transactional
    public List<PolicyVersion> published() {
        return PolicyVersion.published(clock.instant());
    }
}
