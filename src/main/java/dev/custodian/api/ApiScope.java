package dev.custodian.api;

import java.util.Arrays;
import java.util.Optional;

/** What a key may do; each API operation needs one. */
public enum ApiScope {
    ACCOUNTS_READ("accounts:read"),
    PRODUCTS_WRITE("products:write"),
    INVOICES_WRITE("invoices:write"),
    DISCLOSURES_WRITE("disclosures:write");

    /** The name a key's scopes are stored and reported by (OAuth 2.0's "scope" token form). */
    public final String wireName;

    ApiScope(String wireName) {
        this.wireName = wireName;
    }

    static Optional<ApiScope> byWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
    }
}
