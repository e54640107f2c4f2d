package dev.custodian.activity;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/** Writes the activity log, in the transaction of the change it records. */
@Singleton
public class ActivityLog {

    private final Clock clock;

    ActivityLog(Clock clock) {
        this.clock = clock;
    }

    /** Records an event with the address and browser it came from (null for a scheduled job). */
    @Transactional(Transactional.TxType.MANDATORY)
    public AccountEvent record(UUID accountId, EventType type, String ip, String userAgent) {
        return record(accountId, type, ip, userAgent, null);
    }

    /** With a detail, such as the names of the fields a profile change touched. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AccountEvent record(
            UUID accountId, EventType type, String ip, String userAgent, String detail) {
        AccountEvent event = new AccountEvent();
        event.accountId = accountId;
        event.type = type;
        event.occurredAt = clock.instant();
        event.ip = ip;
        event.userAgent = userAgent;
        event.detail = detail;
        event.persist();
        return event;
    }
}
