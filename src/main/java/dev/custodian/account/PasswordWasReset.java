package dev.custodian.account;

import java.util.UUID;

/**
 * Fired inside the transaction of a password reset, for the features that must start afresh with it
 * (the authenticator's count of wrong codes) without the account package knowing them.
 */
public record PasswordWasReset(UUID accountId) {}
