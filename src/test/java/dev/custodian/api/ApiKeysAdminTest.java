package dev.custodian.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.secrets.Tokens;
import dev.custodian.testing.Accounts;
import dev.custodian.testing.Browser;
import dev.custodian.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiKeysAdminTest {

    private static final Pattern SHOWN_KEY =
            Pattern.compile("value=\"(cus_[0-9a-f]{10}_[A-Za-z0-9_-]{43})\"");

    private static long keysNamed(String name) {
        return Db.inTransaction(() -> ApiKey.count("name", name));
    }

    @Test
    void onlyAdminsSeeTheKeys() {
        new Browser()
                .get("/admin/api-keys")
                .then()
                .statusCode(303)
                .header("Location", containsString("/login"));
        Browser user = Accounts.signedInBrowser();
        user.get("/admin/api-keys").then().statusCode(403);
        Browser admin = Accounts.signedInAdmin();
        String name = "billing " + UUID.randomUUID();
        // a user cannot post the form either, even with a valid CSRF token of their own
        user.submit(
                        "/account",
                        "/admin/api-keys",
                        Map.of("name", name),
                        "scopes",
                        List.of("accounts:read"))
                .then()
                .statusCode(403);
        assertEquals(0, keysNamed(name));
        admin.get("/admin").then().body(containsString("href=\"/admin/api-keys\""));
    }

    @Test
    void anAdminMakesAKeyThatIsShownOnceAndWorksWithinItsScopes() {
        Browser admin = Accounts.signedInAdmin();
        String name = "billing " + UUID.randomUUID();

        Response created =
                admin.submit(
                        "/admin/api-keys",
                        "/admin/api-keys",
                        Map.of("name", name, "expiresOn", ""),
                        "scopes",
                        List.of("accounts:read", "products:write"));
        created.then().statusCode(200).header("Cache-Control", "no-store");
        Matcher shown = SHOWN_KEY.matcher(created.asString());
        assertTrue(shown.find(), created.asString());
        String secret = shown.group(1);

        ApiKey stored = Db.inTransaction(() -> ApiKey.<ApiKey>find("name", name).firstResult());
        assertEquals(Tokens.sha256(secret), stored.secretHash);
        assertEquals("accounts:read,products:write", stored.scopes);
        admin.get("/admin/api-keys")
                .then()
                .body(containsString(name))
                .body(not(containsString(secret)));

        var user = Accounts.signedInUser();
        Api.with(secret).get("/api/v1/accounts/" + user.id()).then().statusCode(200);
        Api.with(secret).get("/api/v1/accounts/" + user.id()).then().statusCode(200);
        assertEquals(2, Db.inTransaction(() -> ApiKey.<ApiKey>findById(stored.id).useCount));
        assertNotNull(Db.inTransaction(() -> ApiKey.<ApiKey>findById(stored.id).lastUsedAt));
        Api.once(secret).body("{}").post("/api/v1/invoices").then().statusCode(403);
    }

    @Test
    void aRevokedKeyStopsAtOnce() {
        Browser admin = Accounts.signedInAdmin();
        String name = "revoked " + UUID.randomUUID();
        Matcher shown =
                SHOWN_KEY.matcher(
                        admin.submit(
                                        "/admin/api-keys",
                                        "/admin/api-keys",
                                        Map.of("name", name),
                                        "scopes",
                                        List.of("accounts:read"))
                                .asString());
        assertTrue(shown.find());
        UUID id = Db.inTransaction(() -> ApiKey.<ApiKey>find("name", name).firstResult().id);
        String revoke = "/admin/api-keys/" + id + "/revoke";

        admin.post(revoke, Map.of()).then().statusCode(400);
        Api.with(shown.group(1)).get("/api/v1/accounts/0").then().statusCode(404);

        admin.submit("/admin/api-keys", revoke, Map.of()).then().statusCode(303);
        Api.with(shown.group(1)).get("/api/v1/accounts/0").then().statusCode(401);
        admin.get("/admin/api-keys").then().body(containsString("Revoked"));
    }

    @Test
    void aFormWithoutNameScopesOrWithAPastExpiryIsRefusedAndStoresNothing() {
        Browser admin = Accounts.signedInAdmin();
        String name = "refused " + UUID.randomUUID();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

        admin.submit(
                        "/admin/api-keys",
                        "/admin/api-keys",
                        Map.of("name", ""),
                        "scopes",
                        List.of("accounts:read"))
                .then()
                .statusCode(422)
                .body(containsString("Enter a name that says what uses the key."));
        admin.submit(
                        "/admin/api-keys",
                        "/admin/api-keys",
                        Map.of("name", name),
                        "scopes",
                        List.of())
                .then()
                .statusCode(422)
                .body(containsString("Choose at least one scope."))
                .body(containsString("value=\"" + name + "\""));
        admin.submit(
                        "/admin/api-keys",
                        "/admin/api-keys",
                        Map.of("name", name),
                        "scopes",
                        List.of("everything"))
                .then()
                .statusCode(422);
        admin.submit(
                        "/admin/api-keys",
                        "/admin/api-keys",
                        Map.of("name", name, "expiresOn", yesterday),
                        "scopes",
                        List.of("accounts:read"))
                .then()
                .statusCode(422)
                .body(containsString("Enter a date after today, or none."));
        admin.submit(
                        "/admin/api-keys",
                        "/admin/api-keys",
                        Map.of("name", name, "expiresOn", "31/12/2030"),
                        "scopes",
                        List.of("accounts:read"))
                .then()
                .statusCode(422);

        assertEquals(0, keysNamed(name));
    }
}
