package dev.custodian.auth;

import dev.custodian.account.Account;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

/**
 * Whether an account keeps a way to sign in: its password, or any of the ways the features count
 * ({@link WaysIn}). An account signed up through a provider, or left with passkeys only, has no
 * password; removing its last way in would lock its owner out for good.
 */
@Singleton
public class SignInMethods {

    private final Instance<WaysIn> ways;

    SignInMethods(Instance<WaysIn> ways) {
        this.ways = ways;
    }

    /**
     * Whether removing one of the account's ways in (not its password) would leave it none; call it
     * with the account's row locked, so that two removals cannot both pass.
     */
    public boolean isLastWayIn(Account account) {
        return account.passwordHash == null && waysBesidesThePassword(account) <= 1;
    }

    /** Whether the account can sign in without its password: a passkey, a provider's identity. */
    public boolean hasWayBesidesThePassword(Account account) {
        return waysBesidesThePassword(account) > 0;
    }

    private long waysBesidesThePassword(Account account) {
        return ways.stream().mapToLong(way -> way.count(account.id)).sum();
    }
}
