package dev.custodian.passkey;

import com.webauthn4j.data.RegistrationData;
import dev.custodian.account.Account;
import dev.custodian.account.AccountStatus;
import dev.custodian.activity.ActivityLog;
import dev.custodian.activity.EventType;
import dev.custodian.auth.LoginService;
import dev.custodian.auth.PasskeyProof;
import dev.custodian.auth.SessionService;
import dev.custodian.auth.SignInMethods;
import dev.custodian.auth.WaysIn;
import dev.custodian.jobs.BatchedJob;
import dev.custodian.manifest.Manifest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Adding, using, renaming and removing passkeys. Every ceremony starts with a challenge stored for
 * five minutes and bound to the session (adding, step-up) or to the browser (signing in); its
 * answer deletes it, so that an answer can be used once. Adding and removing write an activity
 * event and send a security notice in the same transaction.
 */
@Singleton
public class PasskeyService implements PasskeyProof, WaysIn {

    static final Duration CHALLENGE_LIFETIME = Duration.ofMillis(Ceremonies.TIMEOUT_MILLIS);

    enum Added {
        ADDED,
        /** Wrong signature, origin or relying party, no user verification, or a stale challenge. */
        REFUSED,
        /** The authenticator already holds a passkey for this site, of this or another account. */
        ALREADY_REGISTERED
    }

    enum Removed {
        REMOVED,
        NOT_FOUND,
        LAST_WAY_IN
    }

    /** What signing in with a passkey came to. */
    sealed interface SignIn {}

    record SignedIn(String sessionToken, UUID accountId) implements SignIn {}

    /**
     * Refused, with one answer whatever the reason; {@code unknownCredential} is the passkey's id
     * when this site holds no such passkey (deleted, or its account erased), so that the page can
     * tell the browser to forget it. It says nothing of any account.
     */
    record Refused(String unknownCredential) implements SignIn {}

    private final Ceremonies ceremonies;
    private final SessionService sessions;
    private final LoginService logins;
    private final ActivityLog activity;
    private final PasskeyMails mails;
    private final SignInMethods signInMethods;
    private final Clock clock;
    private final Manifest manifest;

    PasskeyService(
            Ceremonies ceremonies,
            SessionService sessions,
            LoginService logins,
            ActivityLog activity,
            PasskeyMails mails,
            SignInMethods signInMethods,
            Clock clock,
            Manifest manifest) {
        this.manifest = manifest;
        this.ceremonies = ceremonies;
        this.sessions = sessions;
        this.logins = logins;
        this.activity = activity;
        this.mails = mails;
        this.signInMethods = signInMethods;
        this.clock = clock;
    }

    /** The account's passkeys, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Passkey> of(UUID accountId) {
        return Passkey.ofAccount(accountId);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean has(UUID accountId) {
        return count(accountId) > 0;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(UUID accountId) {
        return Passkey.count("accountId", accountId);
    }

    /** The options to create a passkey with, for the signed-in session. */
    @Transactional
    Map<String, Object> registrationOptions(UUID accountId, UUID sessionId) {
        Account account = Account.findById(accountId);
        String challenge = challenge(PasskeyChallenge.Purpose.REGISTER, sessionId, null);
        String displayName =
                ((account.firstName == null ? "" : account.firstName)
                                + " "
                                + (account.lastName == null ? "" : account.lastName))
                        .strip();
        return ceremonies.creationOptions(
                challenge,
                accountId,
                account.email,
                displayName.isEmpty() ? account.email : displayName,
                manifest.brand().productName(),
                Passkey.ofAccount(accountId));
    }

    /**
     * Checks the browser's answer to {@link #registrationOptions} and stores the passkey under
     * {@code name}.
     *
     * @throws Ceremonies.Malformed when the answer is not WebAuthn's JSON
     */
    Added register(
            UUID accountId, UUID sessionId, String json, String name, String ip, String userAgent) {
        RegistrationData data = ceremonies.readRegistration(json);
        String challenge = Ceremonies.challengeOf(data.getCollectedClientData());
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            if (!consume(
                                    challenge,
                                    PasskeyChallenge.Purpose.REGISTER,
                                    sessionId,
                                    null)) {
                                return Added.REFUSED;
                            }
                            Optional<Ceremonies.NewCredential> made =
                                    ceremonies.register(data, challenge);
                            if (made.isEmpty()) {
                                return Added.REFUSED;
                            }
                            Ceremonies.NewCredential credential = made.get();
                            if (Passkey.findByCredentialId(credential.credentialId()).isPresent()) {
                                return Added.ALREADY_REGISTERED;
                            }
                            Passkey passkey = new Passkey();
                            passkey.accountId = accountId;
                            passkey.credentialId = credential.credentialId();
                            passkey.publicKey = credential.publicKey();
                            passkey.signCount = credential.signCount();
                            passkey.uvInitialized = credential.uvInitialized();
                            passkey.backupEligible = credential.backupEligible();
                            passkey.backupState = credential.backupState();
                            passkey.transports = credential.transports();
                            passkey.aaguid = credential.aaguid();
                            passkey.name = name;
                            passkey.createdAt = clock.instant();
                            passkey.persist();
                            activity.record(
                                    accountId, EventType.PASSKEY_ADDED, ip, userAgent, name);
                            mails.added(Account.findById(accountId), name);
                            return Added.ADDED;
                        });
    }

    /** The options to sign in with any of this site's passkeys, bound to the browser. */
    @Transactional
    Map<String, Object> signInOptions(String browserHash) {
        return ceremonies.requestOptions(
                challenge(PasskeyChallenge.Purpose.SIGN_IN, null, browserHash), List.of());
    }

    /**
     * Signs in with the browser's answer to {@link #signInOptions}: a user-verified passkey is a
     * full sign-in, with no code after it.
     *
     * @throws Ceremonies.Malformed when the answer is not WebAuthn's JSON
     */
    SignIn signIn(String browserHash, String json, String ip, String userAgent) {
        Ceremonies.Assertion assertion = ceremonies.readAssertion(json);
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            if (!consume(
                                    assertion.challenge(),
                                    PasskeyChallenge.Purpose.SIGN_IN,
                                    null,
                                    browserHash)) {
                                return new Refused(null);
                            }
                            Optional<Passkey> passkey =
                                    Passkey.findByCredentialId(assertion.credentialId());
                            if (passkey.isEmpty()) {
                                return new Refused(assertion.credentialId());
                            }
                            Account account = Account.findById(passkey.get().accountId);
                            if (account.status != AccountStatus.ACTIVE
                                    || !used(assertion, passkey.get())) {
                                return new Refused(null);
                            }
                            logins.recordSignIn(account, ip, userAgent);
                            return new SignedIn(
                                    sessions.start(account.id, ip, userAgent), account.id);
                        });
    }

    /** The options to step up with one of the account's passkeys, for the signed-in session. */
    @Transactional
    Map<String, Object> stepUpOptions(UUID accountId, UUID sessionId) {
        return ceremonies.requestOptions(
                challenge(PasskeyChallenge.Purpose.STEP_UP, sessionId, null),
                Passkey.ofAccount(accountId));
    }

    @Override
    public boolean verify(UUID accountId, UUID sessionId, String json) {
        Ceremonies.Assertion assertion;
        try {
            assertion = ceremonies.readAssertion(json);
        } catch (Ceremonies.Malformed unreadable) {
            return false;
        }
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            if (!consume(
                                    assertion.challenge(),
                                    PasskeyChallenge.Purpose.STEP_UP,
                                    sessionId,
                                    null)) {
                                return false;
                            }
                            Optional<Passkey> passkey =
                                    Passkey.findByCredentialId(assertion.credentialId())
                                            .filter(p -> p.accountId.equals(accountId));
                            return passkey.isPresent() && used(assertion, passkey.get());
                        });
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public String userHandleIfAny(UUID accountId) {
        return has(accountId) ? Ceremonies.userHandle(accountId) : null;
    }

    /** Renames the account's passkey; false when it has no such passkey. */
    @Transactional
    boolean rename(UUID accountId, UUID id, String name) {
        Optional<Passkey> passkey = Passkey.ofAccount(accountId, id);
        passkey.ifPresent(p -> p.name = name);
        return passkey.isPresent();
    }

    /** Removes the account's passkey, unless it is the account's last way to sign in. */
    @Transactional
    Removed remove(UUID accountId, UUID id, String ip, String userAgent) {
        Account account = Account.findById(accountId, LockModeType.PESSIMISTIC_WRITE);
        Optional<Passkey> passkey = Passkey.ofAccount(accountId, id);
        if (passkey.isEmpty()) {
            return Removed.NOT_FOUND;
        }
        if (signInMethods.isLastWayIn(account)) {
            return Removed.LAST_WAY_IN;
        }
        passkey.get().delete();
        activity.record(accountId, EventType.PASSKEY_REMOVED, ip, userAgent, passkey.get().name);
        mails.removed(account, passkey.get().name);
        return Removed.REMOVED;
    }

    /** Challenges nobody answered; a stale one is refused already, this removes its row. */
    @Scheduled(
            every = "1h",
            delayed = "6m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = BatchedJob.NotScheduled.class)
    @Transactional
    void deleteExpiredChallenges() {
        PasskeyChallenge.delete("expiresAt <= ?1", clock.instant());
    }

    /** Checks the assertion with the passkey and, when right, moves its counter and dates on. */
    private boolean used(Ceremonies.Assertion assertion, Passkey passkey) {
        Optional<Ceremonies.Used> used =
                ceremonies.verify(assertion, assertion.challenge(), passkey);
        used.ifPresent(
                u -> {
                    passkey.signCount = u.signCount();
                    passkey.backupState = u.backupState();
                    passkey.lastUsedAt = clock.instant();
                });
        return used.isPresent();
    }

    private String challenge(PasskeyChallenge.Purpose purpose, UUID sessionId, String browserHash) {
        PasskeyChallenge row = new PasskeyChallenge();
        row.challenge = Ceremonies.newChallenge();
        row.purpose = purpose;
        row.sessionId = sessionId;
        row.browserHash = browserHash;
        row.expiresAt = clock.instant().plus(CHALLENGE_LIFETIME);
        row.persist();
        return row.challenge;
    }

    /**
     * Deletes the challenge if it is this ceremony's, still live and bound to this session or
     * browser: true for the one answer that gets it, whatever others run at the same time.
     */
    private boolean consume(
            String challenge,
            PasskeyChallenge.Purpose purpose,
            UUID sessionId,
            String browserHash) {
        return sessionId != null
                ? PasskeyChallenge.delete(
                                "challenge = ?1 and purpose = ?2 and sessionId = ?3 and expiresAt > ?4",
                                challenge,
                                purpose,
                                sessionId,
                                clock.instant())
                        == 1
                : browserHash != null
                        && PasskeyChallenge.delete(
                                        "challenge = ?1 and purpose = ?2 and browserHash = ?3 and expiresAt > ?4",
                                        challenge,
                                        purpose,
                                        browserHash,
                                        clock.instant())
                                == 1;
    }
}
