package dev.custodian.webhook;

import io.quarkus.hibernate.orm.panache.Panache;
import java.time.Instant;
import java.util.UUID;

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
}
