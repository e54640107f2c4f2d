package dev.custodian.privacy;

import dev.custodian.account.Account;
import dev.custodian.profile.Profile;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Reports that an account may belong to someone under the minimum age, for an admin to act on. */
@Singleton
public class UnderageReports {

    private final Clock clock;

    UnderageReports(Clock clock) {
        this.clock = clock;
    }

    /** Files a report; {@code reported} is an email, a handle or a profile address (…/p/handle). */
    @Transactional
    public void file(String reported, String details, String reporterEmail) {
        UnderageReport report = new UnderageReport();
        report.accountId = accountOf(reported);
        report.reported = reported;
        report.details = details;
        report.reporterEmail = reporterEmail;
        report.reportedAt = clock.instant();
        report.persist();
    }

    /** The reports no admin has handled yet. */
    @Transactional
    public List<UnderageReport> open() {
        return UnderageReport.open();
    }

    /** Marks a report handled (once); false when there is no such report. */
    @Transactional
    public boolean markHandled(UUID reportId) {
        UnderageReport report = UnderageReport.findById(reportId);
        if (report == null) {
            return false;
        }
        if (report.handledAt == null) {
            report.handledAt = clock.instant();
        }
        return true;
    }

    /** The account a report names, if it names one that exists. */
    private static UUID accountOf(String reported) {
        if (reported.contains("@")) {
            return Account.findByEmail(reported).map(a -> a.id).orElse(null);
        }
        String handle = reported.substring(reported.lastIndexOf('/') + 1);
        return Profile.findByHandle(handle).map(p -> p.accountId).orElse(null);
    }
}
