package dev.custodian.webhook;

import io.quarkus.hibernate.orm.panache.Panache;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/** The proofs that recipients were told of an erasure, kept without personal data. */
final class ErasureNotices {

    private ErasureNotices() {}

    /** The recipient of {@code deliveryId}, if it tells of an erasure, was told at {@code now}. */
    static void told(UUID deliveryId, Instant now) {
        Panache.getEntityManager()
                .createNativeQuery(
                        "UPDATE webhook_erasure_notice SET told_at = ?1 WHERE delivery_id = ?2 AND told_at IS NULL")
                .setParameter(1, now)
                .setParameter(2, deliveryId)
                .executeUpdate();
    }

    /** A recipient of the erasure of an account, and when it was told (null: not yet). */
    record Notice(String recipient, Instant toldAt) {}

    @SuppressWarnings("unchecked")
    static List<Notice> of(UUID accountId) {
        List<Object[]> rows =
                Panache.getEntityManager()
                        .createNativeQuery(
                                "SELECT recipient, told_at FROM webhook_erasure_notice WHERE account_id = ?1")
                        .setParameter(1, accountId)
                        .unwrap(NativeQuery.class)
                        .addScalar("recipient", StandardBasicTypes.STRING)
                        .addScalar("told_at", StandardBasicTypes.INSTANT)
                        .getResultList();
        return rows.stream().map(row -> new Notice((String) row[0], (Instant) row[1])).toList();
    }
}
