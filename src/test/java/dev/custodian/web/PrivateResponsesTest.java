package dev.custodian.web;

import static dev.custodian.testing.Accounts.PASSWORD;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.testing.Accounts;
import dev.custodian.testing.Accounts.User;
import dev.custodian.testing.Browser;
import dev.custodian.testing.TestPorts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class PrivateResponsesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/account",
                "/account/profile",
                "/account/security",
                "/account/data",
                "/account/activity",
                "/account/communications",
                "/people",
                "/",
                "/privacy"
            })
    void noSignedInPageIsKeptInACache(String path) {
        User user = Accounts.signedInUser();
        user.browser()
                .get(path)
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("no-store"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin", "/admin/accounts?email=nobody%40example.com"})
    void noAdminPageIsKeptInACache(String path) {
        Accounts.signedInAdmin().get(path).then().header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void anonymousPublicPagesMayBeCached() {
        new Browser().get("/login").then().statusCode(200).header("Cache-Control", nullValue());
    }

    @Test
    void aRedirectNeverFollowsTheRequestsHostHeader() {
        Browser browser = new Browser().header("Host", "evil.example");
        String email = Accounts.signUp(new Browser());
        Response signIn = Accounts.signIn(browser, email, PASSWORD);
        signIn.then().statusCode(303).header("Location", equalTo(TestPorts.BASE_URL + "/account"));
        Response language =
                browser.submit(
                        "/account", "/language", Map.of("lang", "fr", "next", "/account/profile"));
        String location = language.getHeader("Location");
        assertTrue(location.equals(TestPorts.BASE_URL + "/account/profile"), location);
    }
}
