package dev.custodian.privacy;

import dev.custodian.activity.ActivityLog;
import dev.custodian.activity.EventType;
import dev.custodian.auth.SignInLanding;
import dev.custodian.webhook.Events;
import dev.custodian.webhook.WebhookType;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A version that reduces users' rights must be accepted at the next sign-in (policies 002 §9, 004
 * §11): whoever has not accepted a version published since the latest such one is asked first.
 */
@Singleton
public class PolicyAcceptances implements SignInLanding {

    static final String PAGE = "/account/policy";

    private final Clock clock;
    private final ActivityLog activity;
    private final Events events;

    PolicyAcceptances(Clock clock, ActivityLog activity, Events events) {
        this.events = events;
        this.clock = clock;
        this.activity = activity;
    }

    /**
     * Whether the account must accept the version in force before anything else. One statement,
     * outside any transaction: the gate asks it on every signed-in request, and a transaction would
     * cost two more round trips to the database (issue 23).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isDue(UUID accountId) {
        return awaiting(accountId, clock.instant());
    }

    /** The version in force, when the account must accept it; empty when nothing is awaited. */
    @Transactional
    public Optional<PolicyVersion> awaited(UUID accountId) {
        Instant now = clock.instant();
        return awaiting(accountId, now)
                ? Optional.of(PolicyVersion.current(now))
                : Optional.empty();
    }

    /** The label of the latest version the account accepted, if any. */
    @Transactional
    public Optional<String> lastAccepted(UUID accountId) {
        return PolicyAcceptance.getEntityManager()
                .createQuery(
                        "select v.version from PolicyAcceptance a, PolicyVersion v "
                                + "where v.id = a.policyVersionId and a.accountId = ?1 "
                                + "order by v.publishedAt desc, v.version desc",
                        String.class)
                .setParameter(1, accountId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * Records the acceptance of the version in force, with its activity entry, if one is awaited.
     */
    @Transactional
    public void accept(UUID accountId, String ip, String userAgent) {
        Instant now = clock.instant();
        if (!awaiting(accountId, now)) {
            return;
        }
        PolicyVersion policy = PolicyVersion.current(now);
        PolicyAcceptance.of(accountId, policy, now, ip).persist();
        activity.record(accountId, EventType.POLICY_ACCEPTED, ip, userAgent, policy.version);
        events.publish(WebhookType.POLICY_ACCEPTED, accountId, Map.of("version", policy.version));
    }

    /**
     * Where a successful sign-in goes: the acceptance page first when one is due, then {@code
     * next}.
     */
    @Override
    @Transactional
    public String afterSignIn(UUID accountId, String next) {
        return isDue(accountId)
                ? PAGE + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)
                : next;
    }

    /**
     * True when the account has accepted nothing published since the latest rights-reducing
     * version.
     */
    static boolean awaiting(UUID accountId, Instant now) {
        // one statement: the gate runs on every signed-in request
        Object[] dates =
                PolicyAcceptance.getEntityManager()
                        .createQuery(
                                "select max(r.publishedAt), (select max(v.publishedAt)"
                                        + " from PolicyAcceptance a, PolicyVersion v"
                                        + " where v.id = a.policyVersionId and a.accountId = ?2)"
                                        + " from PolicyVersion r where r.reducesRights = true and r.publishedAt <= ?1",
                                Object[].class)
                        .setParameter(1, now)
                        .setParameter(2, accountId)
                        .getSingleResult();
        Instant reducing = (Instant) dates[0];
        Instant lastAccepted = (Instant) dates[1];
        return reducing != null && (lastAccepted == null || lastAccepted.isBefore(reducing));
    }
}
