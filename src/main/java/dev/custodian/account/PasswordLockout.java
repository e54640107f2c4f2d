package dev.custodian.account;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * After too many consecutive failed sign-ins (NIST SP 800-63B-4: 100) an account accepts no
 * password until its owner sets a new one; the owner gets a reset link by mail at once.
 */
@Singleton
public class PasswordLockout {

    private final AccountMails mails;
    private final Clock clock;

    PasswordLockout(AccountMails mails, Clock clock) {
        this.mails = mails;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(UUID accountId) {
        Instant now = clock.instant();
        // versioned: a form holding the account meanwhile must not write the old state back
        int locked =
                Panache.getEntityManager()
                        .createQuery(
                                "update versioned Account set passwordResetRequired = true "
                                        + "where id = ?1 and passwordResetRequired = false")
                        .setParameter(1, accountId)
                        .executeUpdate();
        if (locked == 1) {
            Account account = Account.findById(accountId);
            OneTimeToken.revokeAll(accountId, TokenPurpose.RESET_PASSWORD, now);
            mails.accountLocked(
                    account, OneTimeToken.issue(accountId, TokenPurpose.RESET_PASSWORD, now));
        }
    }
}
