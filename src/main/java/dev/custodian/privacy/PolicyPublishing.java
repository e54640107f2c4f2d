package dev.custodian.privacy;

import dev.custodian.manifest.Manifest;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The policy's versions: the manifest's, stored at start-up, and those admins publish. A version
 * that reduces rights must be accepted at the next sign-in (PolicyAcceptances); one an admin
 * publishes is announced to every active account at once, one the manifest brings is not (a boot
 * mails nobody) until an admin announces it.
 */
@Singleton
public class PolicyPublishing {

    private static final Logger LOG = Logger.getLogger(PolicyPublishing.class);

    private final PrivacyMails mails;
    private final Clock clock;
    private final Manifest manifest;

    PolicyPublishing(PrivacyMails mails, Clock clock, Manifest manifest) {
        this.mails = mails;
        this.clock = clock;
        this.manifest = manifest;
    }

    @Transactional
    void storeManifestVersions(@Observes StartupEvent started) {
        for (String added : store(manifest.policy().versions())) {
            LOG.infof("Privacy policy version %s from the manifest is stored", added);
        }
    }

    /**
     * Stores each version the database lacks (by label), published on its date at 00:00 UTC, with
     * its summary and text; a stored version keeps the text users accepted (it takes the manifest's
     * only in a language it lacks, or over V13's stand-in), and its date and rights flag. Safe when
     * instances start at once: an insert of a label that another one is inserting waits for it,
     * then does nothing, and texts are written under the version's row lock (on H2 as on
     * PostgreSQL). A rights-reducing version stored here is not emailed: users are asked to accept
     * it at their next sign-in, and an admin may announce it.
     *
     * @return the labels newly stored
     */
    @Transactional
    public List<String> store(List<Manifest.PolicyVersion> versions) {
        List<String> added = new ArrayList<>();
        for (Manifest.PolicyVersion version : versions) {
            Instant publishedAt = version.publishedOn().atStartOfDay(ZoneOffset.UTC).toInstant();
            if (insert(version.version(), publishedAt, version.reducesRights(), null)) {
                added.add(version.version());
                if (version.reducesRights()) {
                    LOG.warnf(
                            "Privacy policy version %s reduces users' rights: they are asked to "
                                    + "accept it at their next sign-in, and nobody is emailed "
                                    + "until an admin announces it on /admin/policies",
                            version.version());
                }
            }
            PolicyVersion stored = locked(version.version());
            boolean fresh = added.contains(version.version());
            version.text()
                    .values()
                    .forEach(
                            (language, body) -> {
                                PolicyVersion.Translation given =
                                        new PolicyVersion.Translation(
                                                version.summary().values().get(language), body);
                                PolicyVersion.Translation kept = stored.texts.get(language);
                                // A published text is what users accepted: only a new version, a
                                // new language or V13's stand-in (the old summary as its text)
                                // takes the manifest's.
                                if (fresh || kept == null || kept.body().equals(kept.summary())) {
                                    stored.texts.put(language, given);
                                } else if (!kept.equals(given)) {
                                    LOG.warnf(
                                            "The manifest's %s text of privacy policy version %s"
                                                    + " differs from the published one, which"
                                                    + " stays as users accepted it: publish the"
                                                    + " change as a new version",
                                            language, version.version());
                                }
                            });
        }
        return added;
    }

    @Transactional
    public boolean versionTaken(String version) {
        return PolicyVersion.count("version", version) > 0;
    }

    /**
     * Publishes a version now with its texts (by language); announces one that reduces rights to
     * every active account in the same transaction. Empty when the label is taken (by another admin
     * too, a moment ago); else how many announcements were queued.
     */
    @Transactional
    public OptionalInt publish(
            String version, Map<String, PolicyVersion.Translation> texts, boolean reducesRights) {
        Instant now = clock.instant();
        if (!insert(version, now, reducesRights, reducesRights ? now : null)) {
            return OptionalInt.empty();
        }
        PolicyVersion policy = locked(version);
        policy.texts.putAll(texts);
        return OptionalInt.of(reducesRights ? mails.announce(policy) : 0);
    }

    /**
     * Announces a published rights-reducing version not announced yet (one the manifest brought) to
     * every active account; empty when there is no such version, or it was announced already.
     */
    @Transactional
    public OptionalInt announce(String version) {
        Instant now = clock.instant();
        Optional<PolicyVersion> policy = PolicyVersion.published(version, now);
        if (policy.isEmpty()
                || !policy.get().reducesRights
                || PolicyVersion.update(
                                "announcedAt = ?1 where id = ?2 and announcedAt is null",
                                now,
                                policy.get().id)
                        == 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(mails.announce(policy.get()));
    }

    /** How many accounts an announcement goes to now. */
    @Transactional
    public int audience() {
        return mails.audience();
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

    /** Inserts the version unless its label is stored (or being stored); true when it inserted. */
    private static boolean insert(
            String version, Instant publishedAt, boolean reducesRights, Instant announcedAt) {
        return Panache.getEntityManager()
                        .createNativeQuery(
                                "INSERT INTO policy_version (id, version, published_at, "
                                        + "reduces_rights, announced_at) VALUES (?1, ?2, ?3, ?4, ?5) "
                                        + "ON CONFLICT DO NOTHING")
                        .setParameter(1, UUID.randomUUID())
                        .setParameter(2, version)
                        .setParameter(3, publishedAt)
                        .setParameter(4, reducesRights)
                        .setParameter(5, announcedAt)
                        .executeUpdate()
                == 1;
    }

    /** The stored version, its row locked until the transaction ends. */
    private static PolicyVersion locked(String version) {
        Panache.getEntityManager()
                .createNativeQuery(
                        "SELECT version FROM policy_version WHERE version = ?1 FOR UPDATE")
                .setParameter(1, version)
                .getSingleResult();
        return PolicyVersion.find("version", version).firstResult();
    }
}
