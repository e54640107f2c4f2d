package dev.custodian.privacy;

import dev.custodian.account.Account;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The ledger of disclosures of an account's data to third parties, kept by admins: recorded, and
 * told to the user at once or once the law allows. Only an account that still holds personal data
 * has disclosures to record; an erased or unknown one gives empty or false.
 */
@Singleton
public class Disclosures {

    /** An account and its disclosures, newest first, as the admin page shows them. */
    public record OfAccount(Account account, List<Disclosure> disclosures) {}

    private final PrivacyMails mails;
    private final Clock clock;

    Disclosures(PrivacyMails mails, Clock clock) {
        this.mails = mails;
        this.clock = clock;
    }

    @Transactional
    public Optional<OfAccount> ofAccount(UUID accountId) {
        return personal(accountId).map(a -> new OfAccount(a, Disclosure.ofAccount(a.id)));
    }

    /**
     * Records a disclosure, and tells the user now when {@code notify}; empty when the account
     * holds no personal data.
     */
    @Transactional
    public Optional<Disclosure> record(
            UUID accountId,
            String recipient,
            String purpose,
            LegalBasis legalBasis,
            String dataCategories,
            LocalDate disclosedOn,
            boolean notify) {
        Optional<Account> account = personal(accountId);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Disclosure disclosure = new Disclosure();
        disclosure.accountId = accountId;
        disclosure.recipient = recipient;
        disclosure.purpose = purpose;
        disclosure.legalBasis = legalBasis;
        disclosure.dataCategories = dataCategories;
        disclosure.disclosedOn = disclosedOn;
        disclosure.recordedAt = clock.instant();
        disclosure.persist();
        if (notify) {
            tell(account.get(), disclosure);
        }
        return Optional.of(disclosure);
    }

    /**
     * Tells the user of a disclosure recorded earlier without notice (once: a second call is a
     * no-op).
     */
    @Transactional
    public boolean notifyLater(UUID accountId, UUID disclosureId) {
        Optional<Account> account = personal(accountId);
        Disclosure disclosure = Disclosure.findById(disclosureId);
        if (account.isEmpty() || disclosure == null || !disclosure.accountId.equals(accountId)) {
            return false;
        }
        if (disclosure.notifiedAt == null) {
            tell(account.get(), disclosure);
        }
        return true;
    }

    /** The same, for a disclosure known by its id alone (the API's); empty when there is none. */
    @Transactional
    public Optional<Disclosure> notifyLater(UUID disclosureId) {
        Disclosure disclosure = Disclosure.findById(disclosureId);
        if (disclosure == null || !notifyLater(disclosure.accountId, disclosureId)) {
            return Optional.empty();
        }
        return Optional.of(disclosure);
    }

    private void tell(Account account, Disclosure disclosure) {
        mails.disclosed(account, disclosure);
        disclosure.notifiedAt = clock.instant();
    }

    /** The account, if it still holds personal data; an erased one has nothing left to disclose. */
    private static Optional<Account> personal(UUID id) {
        Account account = Account.findById(id);
        return account == null || account.email == null ? Optional.empty() : Optional.of(account);
    }
}
