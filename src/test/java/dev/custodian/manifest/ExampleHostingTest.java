package dev.custodian.manifest;

import static dev.custodian.testing.Accounts.signedInUser;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.custodian.activity.AccountEvent;
import dev.custodian.activity.EventType;
import dev.custodian.closure.RetentionJob;
import dev.custodian.testing.Accounts.User;
import dev.custodian.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The example deployment examples/000-hosting, booted and checked through its pages. */
@QuarkusTest
@TestProfile(ExampleHostingTest.Profile.class)
class ExampleHostingTest extends ExampleDeploymentTest {

    public static class Profile extends Example {
        @Override
        String folder() {
            return "000-hosting";
        }
    }

    @Inject RetentionJob retention;

    @Override
    String folder() {
        return "000-hosting";
    }

    /** §1 keeps data "for an indefinite amount of time": activity goes with the account only. */
    @Test
    void activityIsKeptWithTheAccount() {
        User user = signedInUser();
        Instant longAgo = Instant.now().minus(Duration.ofDays(3650));
        Db.inTransaction(
                () -> {
                    AccountEvent event = new AccountEvent();
                    event.accountId = user.id();
                    event.type = EventType.SIGNED_IN;
                    event.occurredAt = longAgo;
                    event.persist();
                    return null;
                });
        assertEquals(0, retention.deleteOldActivity(), "the retention job leaves it");
        assertEquals(
                1L,
                Db.inTransaction(
                        () ->
                                AccountEvent.count(
                                        "accountId = ?1 and occurredAt = ?2", user.id(), longAgo)));
    }
}
