package dev.custodian.export;

import dev.custodian.account.Account;
import dev.custodian.activity.ActivityLog;
import dev.custodian.activity.EventType;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A user's copies of their data: asked for (once a day), listed, downloaded while available. */
@Singleton
public class DataExports {

    /** The account's exports, newest first, and the last one asked for within a day, if any. */
    public record Overview(List<DataExport> exports, DataExport latestWithinADay) {}

    private final ActivityLog activity;
    private final Clock clock;

    DataExports(ActivityLog activity, Clock clock) {
        this.activity = activity;
        this.clock = clock;
    }

    @Transactional
    public Overview overview(UUID accountId) {
        Instant now = clock.instant();
        return new Overview(
                DataExport.ofAccount(accountId),
                DataExport.requestedSince(accountId, now.minus(DataExport.ONE_REQUEST_PER)));
    }

    /** Queues an export in {@code language}; false when one was asked for in the last day. */
    @Transactional
    public boolean request(UUID accountId, String language, String ip, String userAgent) {
        // the account row serialises two requests sent at once: only one passes the daily limit
        Account.findById(accountId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (DataExport.requestedSince(accountId, now.minus(DataExport.ONE_REQUEST_PER)) != null) {
            return false;
        }
        DataExport export = new DataExport();
        export.accountId = accountId;
        export.status = DataExport.Status.REQUESTED;
        export.locale = language;
        export.requestedAt = now;
        export.persist();
        activity.record(accountId, EventType.DATA_EXPORT_REQUESTED, ip, userAgent);
        return true;
    }

    /**
     * The archive of the account's export {@code exportId} while it is available, logged as
     * downloaded.
     */
    @Transactional
    public Optional<byte[]> download(UUID accountId, UUID exportId, String ip, String userAgent) {
        DataExport export = DataExport.findById(exportId);
        if (export == null
                || !export.accountId.equals(accountId)
                || !export.downloadable(clock.instant())) {
            return Optional.empty();
        }
        List<?> archive =
                Panache.getEntityManager()
                        .createNativeQuery(
                                "SELECT content FROM data_export_archive WHERE export_id = ?1")
                        .setParameter(1, exportId)
                        .getResultList();
        if (archive.isEmpty()) {
            return Optional.empty();
        }
        activity.record(accountId, EventType.DATA_EXPORT_DOWNLOADED, ip, userAgent);
        return Optional.of((byte[]) archive.get(0));
    }
}
