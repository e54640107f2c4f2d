package dev.custodian.account;

import java.time.Duration;

/** What an emailed link may do, and for how long. */
public enum TokenPurpose {
    VERIFY_EMAIL(Duration.ofHours(24)),
    RESET_PASSWORD(Duration.ofHours(1));

    final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }
}
