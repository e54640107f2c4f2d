package dev.custodian.visibility;

import static dev.custodian.testing.Accounts.signedInUser;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.custodian.testing.Browser;
import dev.custodian.testing.OwnChoices;
import dev.custodian.visibility.VisibilityTest.Member;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A company that offers no public profiles (the manifest's {@code profiles.public: false}) but lets
 * members find each other: pages are for members only, and "anyone" is no choice.
 */
@QuarkusTest
@TestProfile(OwnChoices.class)
class ProfilesOfferedTest {

    @Test
    void profilePagesAreForMembersOnly() {
        Member member = VisibilityTest.member();
        new Browser().get("/p/" + member.handle()).then().statusCode(404);
        signedInUser()
                .browser()
                .get("/p/" + member.handle())
                .then()
                .statusCode(200)
                .body(containsString(member.values().get(ProfileField.NAME)));
        member.user()
                .browser()
                .get("/p/" + member.handle() + "?as=anyone")
                .then()
                .statusCode(200)
                .body(not(containsString("href=\"/p/" + member.handle() + "?as=anyone\"")))
                .body(containsString("href=\"/p/" + member.handle() + "?as=member\""));
    }

    @Test
    void anyoneIsNoChoiceAndIndexingIsNotOffered() {
        Member member = VisibilityTest.member();
        Browser browser = member.user().browser();
        browser.get("/account/visibility")
                .then()
                .statusCode(200)
                .body(not(containsString("value=\"PUBLIC\"")))
                .body(not(containsString("name=\"indexable\"")))
                .body(containsString("value=\"MEMBERS\""));
        browser.submit(
                        "/account/visibility",
                        "/account/visibility",
                        Map.of(
                                "name",
                                "PUBLIC",
                                "headline",
                                "MEMBERS",
                                "company",
                                "PRIVATE",
                                "city",
                                "PRIVATE",
                                "country",
                                "PRIVATE",
                                "about",
                                "PRIVATE",
                                "experiences",
                                "PRIVATE",
                                "email",
                                "PRIVATE",
                                "phone",
                                "PRIVATE"))
                .then()
                .statusCode(400);
        browser.get("/people").then().statusCode(200);
    }
}
