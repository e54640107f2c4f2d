package dev.custodian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.custodian.testing.Accounts;
import dev.custodian.testing.Accounts.User;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/**
 * The CSRF filter lets bodies that are not forms through (for the API's JSON); outside /api/ they
 * are refused before a form's action sees them.
 */
@QuarkusTest
class FormPostsTest {

    @Test
    void aCrossSiteTextOrJsonPostWithTheUsersCookiesChangesNothing() {
        User user = Accounts.signedInUser();
        for (String type : new String[] {"text/plain", "application/json", "application/xml"}) {
            RestAssured.given()
                    .redirects()
                    .follow(false)
                    .cookie("custodian_session", user.browser().cookie("custodian_session"))
                    .cookie(
                            "custodian_csrf",
                            String.valueOf(user.browser().cookie("custodian_csrf")))
                    .contentType(type)
                    .body("csrf-token=forged")
                    .post("/logout")
                    .then()
                    .statusCode(400);
        }
        RestAssured.given()
                .redirects()
                .follow(false)
                .cookie("custodian_session", user.browser().cookie("custodian_session"))
                .cookie("custodian_csrf", String.valueOf(user.browser().cookie("custodian_csrf")))
                .post("/logout")
                .then()
                .statusCode(400);
        assertEquals(200, user.browser().get("/account").statusCode());
    }
}
