package dev.custodian.testing;

import dev.custodian.account.Account;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.Optional;
import java.util.function.Supplier;

/** Reads what the application stored, each read in its own transaction. */
public final class Db {

    private Db() {}

    public static Optional<Account> account(String email) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByEmail(email));
    }

    /** Runs {@code work} in a transaction of its own: to arrange a test's data or read it back. */
    public static <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }

    /** The single number a native SQL count gives, its parameters numbered ?1, ?2 ... */
    public static long count(String sql, Object... parameters) {
        return inTransaction(
                () -> {
                    var query = Panache.getEntityManager().createNativeQuery(sql);
                    for (int i = 0; i < parameters.length; i++) {
                        query.setParameter(i + 1, parameters[i]);
                    }
                    return ((Number) query.getSingleResult()).longValue();
                });
    }

    /** Marks the account's address verified, as following the mailed link would. */
    public static void verifyEmail(String email) {
        inTransaction(
                () ->
                        Account.update(
                                "emailVerifiedAt = ?1 where emailNormalized = ?2",
                                java.time.Instant.now(),
                                Account.normalizeEmail(email)));
    }

    /** Gives the account the admin role, as an existing admin would. */
    public static void makeAdmin(String email) {
        inTransaction(
                () ->
                        Account.update(
                                "roles = 'admin' where emailNormalized = ?1",
                                Account.normalizeEmail(email)));
    }
}
