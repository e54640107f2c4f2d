package dev.custodian.privacy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * A version that reduces users' rights must be accepted at the next sign-in (policies 002 §9, 004
 * §11): whoever has not accepted a version published since the latest such one is asked first.
 */
@Singleton
public class PolicyAcceptances {

    static final String PAGE = "/account/policy";

    private final Clock clock;

    PolicyAcceptances(Clock clock) {
        this.clock = clock;
    }

    /**
     * Where a successful sign-in goes: the acceptance page first when one is due, then {@code
     * next}.
     */
    public String afterSignIn(UUID accountId, String next) {
        boolean due =
                QuarkusTransaction.requiringNew().call(() -> awaiting(accountId, clock.instant()));
        return due ? PAGE + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8) : next;
    }

    /**
     * True when the account has accepted nothing published since the latest rights-reducing
     * version.
     */
    static boolean awaiting(UUID accountId, Instant now) {
        PolicyVersion reducing =
                PolicyVersion.find(
                                "reducesRights = true and publishedAt <= ?1 order by publishedAt desc",
                                now)
                        .firstResult();
        if (reducing == null) {
            return false;
        }
        Instant lastAccepted =
                PolicyAcceptance.getEntityManager()
                        .createQuery(
                                "select max(v.publishedAt) "
                                        + "from PolicyAcceptance a, PolicyVersion v where v.id = a.policyVersionId and a.accountId = ?1",
                                Instant.class)
                        .setParameter(1, accountId)
                        .getSingleResult();
        return lastAccepted == null || lastAccepted.isBefore(reducing.publishedAt);
    }
}
