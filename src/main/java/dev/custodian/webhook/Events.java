package dev.custodian.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Publishes an event to the company's other systems in the caller's transaction: the event and one
 * delivery per enabled endpoint that wants it exist exactly when the change does, and the
 * dispatcher sends them later. An event no endpoint wants is not written at all.
 */
@Singleton
public class Events {

    /** The enabled endpoints that want the event type given as the statement's last parameter. */
    private static final String WANTING =
            "FROM webhook_endpoint e JOIN webhook_subscription s ON s.endpoint_id = e.id "
                    + "WHERE e.enabled = TRUE AND s.event_type = ?";

    /** The event, written only when some enabled endpoint wants its type. */
    static final String EVENT_SQL =
            "INSERT INTO webhook_event (id, account_id, event_type, body, created_at) "
                    + "SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 "
                    + WANTING
                    + ")";

    private static final String WANTED_SQL = "SELECT 1 " + WANTING + " FETCH FIRST 1 ROWS ONLY";

    /**
     * A delivery per endpoint wanting the type, when the event was written: a batch need not trust
     * the driver's per-statement counts to know which were.
     */
    static final String DELIVERIES_SQL =
            "INSERT INTO webhook_delivery (event_id, endpoint_id, status, attempts, next_attempt_at, created_at) "
                    + "SELECT ?, e.id, 'PENDING', 0, ?, ? "
                    + WANTING
                    + " AND EXISTS (SELECT 1 FROM webhook_event ev WHERE ev.id = ?)";

    /** One proof per manifest recipient whose endpoint gets the erasure (GDPR art. 17(2), 19). */
    private static final String NOTICES_SQL =
            "INSERT INTO webhook_erasure_notice (account_id, recipient, event_id, delivery_id) "
                    + "SELECT ?1, e.recipient, d.event_id, d.id FROM webhook_delivery d "
                    + "JOIN webhook_endpoint e ON e.id = d.endpoint_id "
                    + "WHERE d.event_id = ?2 AND e.recipient IS NOT NULL";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;

    Events(Clock clock) {
        this.clock = clock;
    }

    /**
     * Publishes {@code type} about {@code accountId}; {@code facts} are what changed, added to the
     * account's id in the payload's {@code data}. Payloads carry ids and changed facts only.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(WebhookType type, UUID accountId, Map<String, Object> facts) {
        write(type, accountId, facts);
    }

    /**
     * The erasure of {@code accountId}, with no personal data beyond its id, and for each recipient
     * that will be told, the proof that it was (its time filled in on delivery).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishErasure(UUID accountId) {
        // what the earlier events said (an address among it) goes with the rest of the account;
        // their deliveries go with them
        Panache.getEntityManager()
                .createNativeQuery("DELETE FROM webhook_event WHERE account_id = ?1")
                .setParameter(1, accountId)
                .executeUpdate();
        UUID eventId = write(WebhookType.ACCOUNT_ERASED, accountId, Map.of());
        Panache.getEntityManager()
                .createNativeQuery(NOTICES_SQL)
                .setParameter(1, accountId)
                .setParameter(2, eventId)
                .executeUpdate();
    }

    /** One event of a batch that {@link #publishAll} writes. */
    public record Fact(UUID accountId, Map<String, Object> facts) {}

    /**
     * The same for a batch of events of one type, on a plain JDBC connection in its own local
     * transaction (the one-click unsubscribe writer's): the caller commits. One question whether
     * any endpoint wants the type, then JDBC batches, instead of a round trip per event.
     */
    public void publishAll(Connection connection, WebhookType type, List<Fact> batch)
            throws SQLException {
        if (batch.isEmpty() || !wanted(connection, type)) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        List<UUID> ids = new ArrayList<>(batch.size());
        try (PreparedStatement event = connection.prepareStatement(EVENT_SQL)) {
            for (Fact fact : batch) {
                UUID eventId = UUID.randomUUID();
                ids.add(eventId);
                event.setObject(1, eventId);
                event.setObject(2, fact.accountId());
                event.setString(3, type.wireName());
                event.setString(4, body(type, fact.accountId(), fact.facts(), now.toInstant()));
                event.setTimestamp(5, now);
                event.setString(6, type.name());
                event.addBatch();
            }
            event.executeBatch();
        }
        try (PreparedStatement deliveries = connection.prepareStatement(DELIVERIES_SQL)) {
            // an endpoint disabled since the question leaves an event unwritten, and no delivery
            for (UUID id : ids) {
                deliveries.setObject(1, id);
                deliveries.setTimestamp(2, now);
                deliveries.setTimestamp(3, now);
                deliveries.setString(4, type.name());
                deliveries.setObject(5, id);
                deliveries.addBatch();
            }
            deliveries.executeBatch();
        }
    }

    private static boolean wanted(Connection connection, WebhookType type) throws SQLException {
        try (PreparedStatement wanted = connection.prepareStatement(WANTED_SQL)) {
            wanted.setString(1, type.name());
            try (ResultSet answer = wanted.executeQuery()) {
                return answer.next();
            }
        }
    }

    private UUID write(WebhookType type, UUID accountId, Map<String, Object> facts) {
        EntityManager em = Panache.getEntityManager();
        UUID eventId = UUID.randomUUID();
        Instant now = clock.instant();
        int written =
                em.createNativeQuery(EVENT_SQL)
                        .setParameter(1, eventId)
                        .setParameter(2, accountId)
                        .setParameter(3, type.wireName())
                        .setParameter(4, body(type, accountId, facts, now))
                        .setParameter(5, now)
                        .setParameter(6, type.name())
                        .executeUpdate();
        if (written > 0) {
            em.createNativeQuery(DELIVERIES_SQL)
                    .setParameter(1, eventId)
                    .setParameter(2, now)
                    .setParameter(3, now)
                    .setParameter(4, type.name())
                    .setParameter(5, eventId)
                    .executeUpdate();
        }
        return eventId;
    }

    /**
     * The manifest recipients' names that an enabled endpoint tells of an erasure: who "will be
     * told". A read: in the caller's transaction, or none (the dashboard's).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> toldOfErasure() {
        // the names only, in one query: the endpoints' eager event types would be one more each
        return WebhookEndpoint.getEntityManager()
                .createQuery(
                        "select distinct e.recipient from WebhookEndpoint e where e.enabled = true"
                                + " and e.recipient is not null and ?1 member of e.eventTypes"
                                + " order by e.recipient",
                        String.class)
                .setParameter(1, WebhookType.ACCOUNT_ERASED)
                .getResultList();
    }

    /**
     * The facts of {@code consent.changed}: the category's id, granted or withdrawn, and where the
     * choice was made (the consent ledger's source, in lower case).
     */
    public static Map<String, Object> consent(String category, boolean granted, Enum<?> source) {
        return Map.of(
                "category",
                category,
                "granted",
                granted,
                "source",
                source.name().toLowerCase(Locale.ROOT));
    }

    /**
     * Per recipient told of an erasure (those of {@link #toldOfErasure}, and those this account's
     * erasure was sent to), when it was told of this account's erasure, or null: not yet. In the
     * order of their names.
     */
    @Transactional
    public Map<String, Instant> erasureToldAt(UUID accountId) {
        Map<String, Instant> toldAt = new TreeMap<>();
        toldOfErasure().forEach(recipient -> toldAt.put(recipient, null));
        for (ErasureNotices.Notice notice : ErasureNotices.of(accountId)) {
            // a recipient with two endpoints was told when the first of them took it
            Instant known = toldAt.get(notice.recipient());
            if (known == null || (notice.toldAt() != null && notice.toldAt().isBefore(known))) {
                toldAt.put(notice.recipient(), notice.toldAt());
            }
        }
        return toldAt;
    }

    /** The same names, in one line ("A, B"), or null when none will be told. */
    public String toldOfErasureInWords() {
        List<String> told = toldOfErasure();
        return told.isEmpty() ? null : String.join(", ", told);
    }

    /** The Standard Webhooks payload: type, timestamp, and data with the account's id first. */
    private static String body(
            WebhookType type, UUID accountId, Map<String, Object> facts, Instant now) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("account_id", accountId.toString());
        data.putAll(facts);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", type.wireName());
        payload.put("timestamp", now.toString());
        payload.put("data", data);
        try {
            return JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event facts must be plain values", e);
        }
    }
}
