package dev.custodian.export;

import dev.custodian.account.Account;
import dev.custodian.account.AccountStatus;
import dev.custodian.activity.ActivityLog;
import dev.custodian.activity.EventType;
import dev.custodian.catalogue.ValueWords;
import dev.custodian.closure.RetentionConfig;
import dev.custodian.jobs.BatchedJob;
import dev.custodian.manifest.Manifest;
import dev.custodian.manifest.Wording;
import io.quarkus.arc.All;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Engine;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Builds the archives users asked for and deletes them when their time is over (the manifest's days
 * for the exports category). A request is claimed with SKIP LOCKED and built in the claiming
 * transaction, so with several instances each archive is built once, and a crash mid-way leaves the
 * request to be claimed again.
 */
@Singleton
public class ExportJob {

    private static final Logger LOG = Logger.getLogger(ExportJob.class);
    private static final int MAX_ATTEMPTS = 3;

    /** Far above the seconds an account with 100,000 events takes, far below "never". */
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);

    private final RetentionConfig config;
    private final ExportMails mails;
    private final ActivityLog activity;
    private final Clock clock;
    private final Engine engine;
    private final Manifest manifest;
    private final Wording wording;
    private final Map<String, ValueWords> valueWords;

    ExportJob(
            RetentionConfig config,
            ExportMails mails,
            ActivityLog activity,
            Clock clock,
            Engine engine,
            Manifest manifest,
            Wording wording,
            @All List<ValueWords> valueWords) {
        this.config = config;
        this.mails = mails;
        this.activity = activity;
        this.clock = clock;
        this.engine = engine;
        this.manifest = manifest;
        this.wording = wording;
        this.valueWords =
                valueWords.stream()
                        .collect(Collectors.toMap(w -> w.table() + "." + w.column(), w -> w));
    }

    @Scheduled(
            every = "${custodian.export.every}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = BatchedJob.NotScheduled.class)
    void onSchedule() {
        buildRequested();
        expireDue();
    }

    /** Builds every waiting request; returns how many archives this runner built. */
    public int buildRequested() {
        int built = 0;
        while (true) {
            Claim claim =
                    QuarkusTransaction.requiringNew()
                            .timeout((int) BUILD_TIMEOUT.toSeconds())
                            .call(this::buildNext);
            if (claim == null) {
                return built;
            }
            if (claim.failure() == null) {
                built++;
            } else {
                LOG.errorf(claim.failure(), "Export %s failed", claim.exportId());
                QuarkusTransaction.requiringNew().run(() -> countFailure(claim.exportId()));
            }
        }
    }

    private record Claim(UUID exportId, Exception failure) {}

    private Claim buildNext() {
        DataExport export =
                DataExport.<DataExport>find(
                                "status = ?1 order by requestedAt", DataExport.Status.REQUESTED)
                        .withLock(LockModeType.PESSIMISTIC_WRITE)
                        .withHint("jakarta.persistence.lock.timeout", BatchedJob.SKIP_LOCKED)
                        .firstResult();
        if (export == null) {
            return null;
        }
        Account account = Account.findById(export.accountId);
        if (account.status != AccountStatus.ACTIVE) {
            // closed since it was asked for: the user can no longer sign in to download it
            export.status = DataExport.Status.FAILED;
            return new Claim(export.id, null);
        }
        try {
            build(export, account);
            return new Claim(export.id, null);
        } catch (IOException | RuntimeException e) {
            QuarkusTransaction.setRollbackOnly();
            return new Claim(export.id, e);
        }
    }

    private void build(DataExport export, Account account) throws IOException {
        Instant now = clock.instant();
        Path zip = Files.createTempFile("custodian-export", ".zip");
        try {
            Session session = Panache.getEntityManager().unwrap(Session.class);
            ArchiveWriter writer =
                    new ArchiveWriter(
                            ExportLabels.of(engine, Locale.forLanguageTag(export.locale)),
                            ExportLabels.of(engine, Locale.ENGLISH),
                            manifest,
                            wording,
                            valueWords);
            session.doWork(
                    connection -> {
                        try (OutputStream out = Files.newOutputStream(zip)) {
                            writer.write(connection, account.id, now, out);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
            long size = Files.size(zip);
            session.doWork(
                    connection -> {
                        try (InputStream in = Files.newInputStream(zip);
                                PreparedStatement insert =
                                        connection.prepareStatement(
                                                "INSERT INTO data_export_archive (export_id, content) VALUES (?, ?)")) {
                            insert.setObject(1, export.id);
                            insert.setBinaryStream(2, in, size);
                            insert.executeUpdate();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
            export.status = DataExport.Status.READY;
            export.readyAt = now;
            // the manifest's period for copies (policy 001: a week)
            export.expiresAt =
                    now.plus(Duration.ofDays(manifest.category("exports").retention().days()));
            export.sizeBytes = size;
            export.attempts++;
            mails.ready(account, export.expiresAt);
            activity.record(account.id, EventType.DATA_EXPORT_READY, null, null);
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    private void countFailure(UUID exportId) {
        DataExport export = DataExport.findById(exportId);
        if (export != null
                && export.status == DataExport.Status.REQUESTED
                && ++export.attempts >= MAX_ATTEMPTS) {
            export.status = DataExport.Status.FAILED;
        }
    }

    /** Deletes the archives whose time is over; returns how many. */
    public int expireDue() {
        return BatchedJob.untilDone(config.batchSize(), this::expireBatch);
    }

    private int expireBatch() {
        List<DataExport> due =
                DataExport.<DataExport>find(
                                "status = ?1 and expiresAt <= ?2",
                                DataExport.Status.READY,
                                clock.instant())
                        .withLock(LockModeType.PESSIMISTIC_WRITE)
                        .withHint("jakarta.persistence.lock.timeout", BatchedJob.SKIP_LOCKED)
                        .page(0, config.batchSize())
                        .list();
        for (DataExport export : due) {
            Panache.getEntityManager()
                    .createNativeQuery("DELETE FROM data_export_archive WHERE export_id = ?1")
                    .setParameter(1, export.id)
                    .executeUpdate();
            export.status = DataExport.Status.EXPIRED;
        }
        return due.size();
    }
}
