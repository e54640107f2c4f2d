package dev.custodian.activity;

/** The security and privacy events an account's activity log records. */
public enum EventType {
    SIGNED_UP,
    SIGNED_IN,
    SIGNED_IN_NEW_DEVICE,
    SIGN_IN_FAILED,
    SIGNED_OUT,
    EMAIL_VERIFIED,
    VERIFICATION_SENT,
    PASSWORD_CHANGED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET,
    OTHER_SESSIONS_ENDED,
    SESSION_ENDED,
    TWO_FACTOR_ENABLED,
    TWO_FACTOR_DISABLED,
    RECOVERY_CODE_USED,
    RECOVERY_CODES_REGENERATED,
    SECOND_FACTOR_BLOCKED,
    STEP_UP
}
