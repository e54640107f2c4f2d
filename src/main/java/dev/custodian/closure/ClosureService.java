package dev.custodian.closure;

import dev.custodian.account.Account;
import dev.custodian.account.AccountStatus;
import dev.custodian.account.OneTimeToken;
import dev.custodian.account.PasswordHasher;
import dev.custodian.account.TokenPurpose;
import dev.custodian.activity.ActivityLog;
import dev.custodian.activity.EventType;
import dev.custodian.auth.LoginService;
import dev.custodian.auth.SessionService;
import dev.custodian.manifest.Manifest;
import dev.custodian.product.Product;
import dev.custodian.product.ProductStatus;
import dev.custodian.webhook.Events;
import dev.custodian.webhook.WebhookType;
import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Closing an account (policy 001): refused while a product is active or suspended; otherwise the
 * account is closed at once and its data erased after the manifest's grace period (policy 001: six
 * months), or by the next erasure run when the user asks for it as soon as possible.
 */
@Singleton
public class ClosureService {

    /** What became of a closure request. */
    public sealed interface Outcome permits Closed, Blocked, NotOpen {}

    /** The account is closed; its data goes at {@code eraseAfter}. */
    public record Closed(Instant eraseAfter) implements Outcome {}

    /** Products stand in the way (one may have been activated since the page was shown). */
    public record Blocked(List<Product> products) implements Outcome {}

    /** The account was no longer open. */
    public record NotOpen() implements Outcome {}

    private final SessionService sessions;
    private final ActivityLog activity;
    private final ClosureMails mails;
    private final PasswordHasher hasher;
    private final LoginService logins;
    private final Manifest manifest;
    private final Clock clock;
    private final Events events;

    ClosureService(
            SessionService sessions,
            ActivityLog activity,
            ClosureMails mails,
            PasswordHasher hasher,
            LoginService logins,
            Manifest manifest,
            Clock clock,
            Events events) {
        this.events = events;
        this.sessions = sessions;
        this.activity = activity;
        this.mails = mails;
        this.hasher = hasher;
        this.logins = logins;
        this.manifest = manifest;
        this.clock = clock;
    }

    /**
     * Closes the account unless a product blocks it. The account row is locked first, as every
     * product activation does (ProductService), so an activation racing with this closure either
     * happened before (and blocks it) or comes after (and is refused).
     */
    @Transactional
    public Outcome close(
            UUID accountId, boolean eraseAsSoonAsPossible, String ip, String userAgent) {
        Account account = Account.findById(accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null || account.status != AccountStatus.ACTIVE) {
            return new NotOpen();
        }
        List<Product> blocking = blocking(accountId);
        if (!blocking.isEmpty()) {
            return new Blocked(blocking);
        }
        Instant now = clock.instant();
        // Where products do not stand in the way, the closure ends them: a closed account has no
        // open product (the same lock keeps an activation from slipping in between).
        for (Product open : Product.blockingClosure(accountId)) {
            open.status = ProductStatus.TERMINATED;
            open.endedOn = LocalDate.ofInstant(now, ZoneOffset.UTC);
        }
        account.status = AccountStatus.CLOSED;
        account.closedAt = now;
        account.erasureAsked = eraseAsSoonAsPossible;
        account.eraseAfter =
                eraseAsSoonAsPossible
                        ? now
                        : now.atZone(ZoneOffset.UTC)
                                .plus(manifest.closure().gracePeriod())
                                .toInstant();
        sessions.endAll(accountId);
        // Links mailed earlier (reset, email change) must not act on a closed account.
        OneTimeToken.update("usedAt = ?1 where accountId = ?2 and usedAt is null", now, accountId);
        int reopenDays = manifest.closure().reopenDays();
        String reopenToken =
                eraseAsSoonAsPossible || reopenDays == 0
                        ? null
                        : OneTimeToken.issue(
                                accountId,
                                TokenPurpose.REOPEN_ACCOUNT,
                                now,
                                Duration.ofDays(reopenDays));
        activity.record(
                accountId,
                EventType.ACCOUNT_CLOSED,
                ip,
                userAgent,
                eraseAsSoonAsPossible ? "erase-now" : "erase-later");
        events.publish(
                WebhookType.ACCOUNT_CLOSED,
                accountId,
                Map.of("erase_after", account.eraseAfter.toString()));
        mails.closed(account, eraseAsSoonAsPossible, reopenToken);
        return new Closed(account.eraseAfter);
    }

    /**
     * The products that refuse the closure: the active and suspended ones, where the company's
     * manifest says products gate closure (policy 001); none otherwise.
     */
    public List<Product> blocking(UUID accountId) {
        return manifest.closure().productsGateClosure()
                ? Product.blockingClosure(accountId)
                : List.of();
    }

    /** The closed account a reopening link belongs to, while it may still be reopened. */
    @Transactional
    public Optional<Account> reopenable(String token) {
        return OneTimeToken.findUsable(token, TokenPurpose.REOPEN_ACCOUNT, clock.instant())
                .map(found -> Account.<Account>findById(found.accountId))
                .filter(account -> account.status == AccountStatus.CLOSED && !account.erasureAsked);
    }

    /**
     * Reopens a closed account when the link is good and the password (and code, with two-factor
     * on) are right. Products stay terminated. False when anything does not match.
     */
    public boolean reopen(String token, String password, String code, String ip, String userAgent) {
        Optional<Account> account = reopenable(token);
        if (account.isEmpty() || account.get().passwordHash == null || password == null) {
            hasher.verifyDecoy(password == null ? "" : password);
            return false;
        }
        UUID accountId = account.get().id;
        if (!logins.reverify(accountId, password, code, ip, userAgent)) {
            return false;
        }
        return reopenChecked(token, accountId, ip, userAgent);
    }

    @Transactional
    boolean reopenChecked(String token, UUID accountId, String ip, String userAgent) {
        Account account = Account.findById(accountId, LockModeType.PESSIMISTIC_WRITE);
        Optional<OneTimeToken> found =
                OneTimeToken.findUsable(token, TokenPurpose.REOPEN_ACCOUNT, clock.instant());
        if (found.isEmpty() || account.status != AccountStatus.CLOSED || account.erasureAsked) {
            return false;
        }
        found.get().usedAt = clock.instant();
        account.status = AccountStatus.ACTIVE;
        account.closedAt = null;
        account.eraseAfter = null;
        activity.record(accountId, EventType.ACCOUNT_REOPENED, ip, userAgent);
        events.publish(WebhookType.ACCOUNT_REOPENED, accountId, Map.of());
        return true;
    }
}
