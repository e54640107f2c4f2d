package dev.custodian.visibility;

import static dev.custodian.testing.Accounts.signedInUser;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.custodian.testing.FewerPromises;
import dev.custodian.visibility.VisibilityTest.Member;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * A company that offers neither public profiles nor members search: no profile page, no search, no
 * visibility choices, and no link to them.
 */
@QuarkusTest
@TestProfile(FewerPromises.class)
class NoProfilesTest {

    @Test
    void theProfileFeaturesAreGone() {
        Member member = VisibilityTest.member();
        var browser = signedInUser().browser();
        browser.get("/p/" + member.handle()).then().statusCode(404);
        browser.get("/people").then().statusCode(404);
        browser.get("/account/visibility").then().statusCode(404);
        member.user().browser().get("/p/" + member.handle()).then().statusCode(404);
        browser.get("/account/profile")
                .then()
                .statusCode(200)
                .body(not(containsString("href=\"/people\"")))
                .body(containsString("href=\"/account\""));
    }
}
