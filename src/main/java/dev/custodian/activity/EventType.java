package dev.custodian.activity;

import io.quarkus.qute.TemplateEnum;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The security and privacy events an account's activity log records. */
public enum EventType {
    SIGNED_UP(Kind.SECURITY),
    SIGNED_IN(Kind.SIGN_INS),
    SIGNED_IN_NEW_DEVICE(Kind.SIGN_INS),
    SIGN_IN_FAILED(Kind.SIGN_INS),
    SIGNED_OUT(Kind.SIGN_INS),
    EMAIL_VERIFIED(Kind.SECURITY),
    VERIFICATION_SENT(Kind.SECURITY),
    PASSWORD_CHANGED(Kind.SECURITY),
    PASSWORD_RESET_REQUESTED(Kind.SECURITY),
    PASSWORD_RESET(Kind.SECURITY),
    OTHER_SESSIONS_ENDED(Kind.SIGN_INS),
    SESSION_ENDED(Kind.SIGN_INS),
    TWO_FACTOR_ENABLED(Kind.SECURITY),
    TWO_FACTOR_DISABLED(Kind.SECURITY),
    RECOVERY_CODE_USED(Kind.SIGN_INS),
    RECOVERY_CODES_REGENERATED(Kind.SECURITY),
    SECOND_FACTOR_BLOCKED(Kind.SIGN_INS),
    AUTHENTICATOR_CODES_REFUSED(Kind.SECURITY),
    STEP_UP(Kind.SIGN_INS),
    REVERIFICATION_FAILED(Kind.SIGN_INS),
    PROFILE_CHANGED(Kind.PRIVACY),
    EMAIL_CHANGE_REQUESTED(Kind.SECURITY),
    EMAIL_CHANGED(Kind.SECURITY),
    EMAIL_CHANGE_REVERTED(Kind.SECURITY),
    PRODUCT_TERMINATED(Kind.SECURITY),
    ACCOUNT_CLOSED(Kind.SECURITY),
    ACCOUNT_REOPENED(Kind.SECURITY),
    VISIBILITY_CHANGED(Kind.PRIVACY),
    DATA_EXPORT_REQUESTED(Kind.PRIVACY),
    DATA_EXPORT_READY(Kind.PRIVACY),
    DATA_EXPORT_DOWNLOADED(Kind.PRIVACY),
    POLICY_ACCEPTED(Kind.PRIVACY),
    IDENTITY_LINKED(Kind.SECURITY),
    IDENTITY_UNLINKED(Kind.SECURITY),
    PASSKEY_ADDED(Kind.SECURITY),
    PASSKEY_REMOVED(Kind.SECURITY),
    PASSWORD_REMOVED(Kind.SECURITY);

    /** What the activity page filters by. */
    @TemplateEnum
    public enum Kind {
        /** Signing in and out, sessions, step-up, codes at sign-in. */
        SIGN_INS,
        /** The account, its address, password, second factor, linked identities, closure. */
        SECURITY,
        /** The profile and who sees it, data copies, policy acceptances. */
        PRIVACY;

        /** Its name in the page's address: sign-ins, security, privacy. */
        public String slug() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The event types of this kind. */
        public List<EventType> types() {
            return Arrays.stream(EventType.values()).filter(type -> type.kind == this).toList();
        }
    }

    public final Kind kind;

    EventType(Kind kind) {
        this.kind = kind;
    }
}
