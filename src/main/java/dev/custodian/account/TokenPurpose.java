package dev.custodian.account;

import java.time.Duration;

/** What an emailed link may do, and for how long. */
public enum TokenPurpose {
    VERIFY_EMAIL(Duration.ofHours(24)),
    RESET_PASSWORD(Duration.ofHours(1)),
    /** Payload: the new address, which the link was sent to. */
    CHANGE_EMAIL(Duration.ofHours(24)),
    /** Payload: the old address, which the "this wasn't me" link was sent to. */
    REVERT_EMAIL(Duration.ofDays(7)),
    /**
     * The link in the closure confirmation, valid for the manifest's {@code closure.reopenDays}
     * (ClosureService); 30 days is only the default of {@code issue} without a validity.
     */
    REOPEN_ACCOUNT(Duration.ofDays(30));

    final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }
}
