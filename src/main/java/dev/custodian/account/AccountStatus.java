package dev.custodian.account;

public enum AccountStatus {
    ACTIVE,
    CLOSED,
    ERASED
}
