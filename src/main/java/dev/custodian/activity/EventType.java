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
    OTHER_SESSIONS_ENDED
}
