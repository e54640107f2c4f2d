package dev.custodian.testing;

import dev.custodian.account.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.Optional;

/** Reads what the application stored, each read in its own transaction. */
public final class Db {

    private Db() {
    }

    public static Optional<Account> account(String email) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByEmail(email));
    }
}
