package dev.custodian.twofactor;

import dev.custodian.account.Account;
import dev.custodian.account.PasswordWasReset;
import dev.custodian.activity.ActivityLog;
import dev.custodian.activity.EventType;
import dev.custodian.auth.SecondFactor;
import dev.custodian.auth.SessionService;
import dev.custodian.secrets.SecretBox;
import dev.custodian.secrets.Secrets;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** Enrolling an authenticator app, checking its codes and the recovery codes, turning it off. */
@Singleton
public class TwoFactorService implements SecondFactor {

    static final int RECOVERY_CODES = 10;

    /**
     * NIST SP 800-63B-4 §3.2.2: after this many wrong codes in a row, across sign-ins, codes from
     * the app are refused until a recovery code is used or the password is reset; each sign-in's
     * own limit of five wrong codes alone would let about 4,300 guesses a day through.
     */
    static final int MAX_CONSECUTIVE_FAILURES = 100;

    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int RECOVERY_HALF = 5;

    private final TotpCodes totp;
    private final SecretBox box;
    private final Secrets secrets;
    private final TwoFactorMails mails;
    private final ActivityLog activity;
    private final Clock clock;
    private final SessionService sessions;
    private final SecureRandom random = new SecureRandom();

    TwoFactorService(
            TotpCodes totp,
            SecretBox box,
            Secrets secrets,
            TwoFactorMails mails,
            ActivityLog activity,
            Clock clock,
            SessionService sessions) {
        this.sessions = sessions;
        this.totp = totp;
        this.box = box;
        this.secrets = secrets;
        this.mails = mails;
        this.activity = activity;
        this.clock = clock;
    }

    /** A new secret waiting for its first code; an earlier unfinished enrollment is replaced. */
    @Transactional
    public String startEnrollment(UUID accountId) {
        TotpCredential.delete("accountId = ?1 and confirmedAt is null", accountId);
        String secret = totp.newSecret();
        TotpCredential credential = new TotpCredential();
        credential.accountId = accountId;
        credential.secretEncrypted = box.encrypt(secret.getBytes(StandardCharsets.US_ASCII));
        credential.createdAt = clock.instant();
        credential.persist();
        return secret;
    }

    /** The secret of an enrollment not yet confirmed, to show again with the form. */
    @Transactional
    public Optional<String> pendingSecret(UUID accountId) {
        return TotpCredential.<TotpCredential>find(
                        "accountId = ?1 and confirmedAt is null", accountId)
                .firstResultOptional()
                .map(this::secretOf);
    }

    /**
     * Completes enrollment when {@code code} is right: returns the recovery codes, to be shown
     * once; empty when the code is wrong. With {@code keepOnly}, every other session of the account
     * ends: they were opened without the second factor.
     */
    @Transactional
    public Optional<List<String>> confirm(
            UUID accountId, String code, Optional<UUID> keepOnly, String ip, String userAgent) {
        Optional<TotpCredential> pending =
                TotpCredential.<TotpCredential>find(
                                "accountId = ?1 and confirmedAt is null", accountId)
                        .firstResultOptional();
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        OptionalLong step = totp.match(secretOf(pending.get()), code, pending.get().lastUsedStep);
        // Conditional update: of two confirmations racing, one wins.
        if (step.isEmpty()
                || Panache.getEntityManager()
                                .createQuery(
                                        "update TotpCredential set confirmedAt = ?1, "
                                                + "lastUsedStep = ?2 where accountId = ?3 and confirmedAt is null")
                                .setParameter(1, clock.instant())
                                .setParameter(2, step.getAsLong())
                                .setParameter(3, accountId)
                                .executeUpdate()
                        != 1) {
            return Optional.empty();
        }
        List<String> codes = replaceRecoveryCodes(accountId);
        activity.record(accountId, EventType.TWO_FACTOR_ENABLED, ip, userAgent);
        if (keepOnly.isPresent() && sessions.endAllExcept(accountId, keepOnly.get()) > 0) {
            activity.record(accountId, EventType.OTHER_SESSIONS_ENDED, ip, userAgent);
        }
        mails.twoFactorEnabled(Account.findById(accountId));
        return Optional.of(codes);
    }

    @Override
    public boolean isEnrolled(UUID accountId) {
        return TotpCredential.isEnrolled(accountId);
    }

    public long remainingRecoveryCodes(UUID accountId) {
        return RecoveryCode.remaining(accountId);
    }

    /**
     * Whether {@code code} is the account's current TOTP code (never one used before) or one of its
     * unused recovery codes, which is then spent. A wrong code counts towards {@link
     * #MAX_CONSECUTIVE_FAILURES}; a right one starts the count again.
     */
    @Override
    @Transactional
    public boolean verify(UUID accountId, String code, String ip, String userAgent) {
        Optional<TotpCredential> credential =
                TotpCredential.<TotpCredential>find(
                                "accountId = ?1 and confirmedAt is not null", accountId)
                        .firstResultOptional();
        if (credential.isEmpty()) {
            return false;
        }
        String typed = code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        boolean appCodesRefused = credential.get().consecutiveFailures >= MAX_CONSECUTIVE_FAILURES;
        // Conditional updates: a code accepted by one request is refused to any racing with it.
        OptionalLong step =
                appCodesRefused || typed.isEmpty()
                        ? OptionalLong.empty()
                        : totp.match(
                                secretOf(credential.get()), typed, credential.get().lastUsedStep);
        if (step.isPresent()) {
            return TotpCredential.update(
                            "lastUsedStep = ?1, consecutiveFailures = 0 where accountId = ?2 "
                                    + "and lastUsedStep < ?1",
                            step.getAsLong(),
                            accountId)
                    == 1;
        }
        Optional<RecoveryCode> recovery =
                typed.isEmpty()
                        ? Optional.empty()
                        : RecoveryCode.<RecoveryCode>find(
                                        "accountId = ?1 and codeHash = ?2 and usedAt is null",
                                        accountId,
                                        secrets.keyedHash("recovery-code", typed))
                                .firstResultOptional();
        if (recovery.isPresent()
                && RecoveryCode.update(
                                "usedAt = ?1 where id = ?2 and usedAt is null",
                                clock.instant(),
                                recovery.get().id)
                        == 1) {
            TotpCredential.update("consecutiveFailures = 0 where accountId = ?1", accountId);
            activity.record(accountId, EventType.RECOVERY_CODE_USED, ip, userAgent);
            return true;
        }
        countFailure(accountId, ip, userAgent);
        return false;
    }

    /** A new password ends the refusal: whoever set it controls the account's mailbox. */
    @Transactional(Transactional.TxType.MANDATORY)
    void forgetFailures(@Observes PasswordWasReset reset) {
        TotpCredential.update("consecutiveFailures = 0 where accountId = ?1", reset.accountId());
    }

    private void countFailure(UUID accountId, String ip, String userAgent) {
        // one UPDATE, so that parallel guesses each count; the owner is told once, when the cap is
        // reached
        TotpCredential.update(
                "consecutiveFailures = consecutiveFailures + 1 where accountId = ?1", accountId);
        // a scalar query reads the row as updated, not the entity the persistence context holds
        Integer failures =
                Panache.getEntityManager()
                        .createQuery(
                                "select consecutiveFailures from TotpCredential "
                                        + "where accountId = ?1",
                                Integer.class)
                        .setParameter(1, accountId)
                        .getSingleResult();
        if (failures == MAX_CONSECUTIVE_FAILURES) {
            activity.record(accountId, EventType.AUTHENTICATOR_CODES_REFUSED, ip, userAgent);
            mails.authenticatorCodesRefused(Account.findById(accountId));
        }
    }

    /** New recovery codes; the old ones stop working. */
    @Transactional
    public List<String> regenerateRecoveryCodes(UUID accountId, String ip, String userAgent) {
        List<String> codes = replaceRecoveryCodes(accountId);
        activity.record(accountId, EventType.RECOVERY_CODES_REGENERATED, ip, userAgent);
        return codes;
    }

    @Transactional
    public void disable(UUID accountId, String ip, String userAgent) {
        TotpCredential.delete("accountId", accountId);
        RecoveryCode.delete("accountId", accountId);
        activity.record(accountId, EventType.TWO_FACTOR_DISABLED, ip, userAgent);
        mails.twoFactorDisabled(Account.findById(accountId));
    }

    private List<String> replaceRecoveryCodes(UUID accountId) {
        RecoveryCode.delete("accountId", accountId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = randomCode();
            RecoveryCode stored = new RecoveryCode();
            stored.accountId = accountId;
            stored.codeHash = secrets.keyedHash("recovery-code", code.replace("-", ""));
            stored.persist();
            codes.add(code);
        }
        return codes;
    }

    /** Ten characters (50 bits) without look-alikes, shown as two groups of five. */
    private String randomCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < RECOVERY_HALF * 2; i++) {
            if (i == RECOVERY_HALF) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    private String secretOf(TotpCredential credential) {
        return new String(box.decrypt(credential.secretEncrypted), StandardCharsets.US_ASCII);
    }
}
