package dev.custodian.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.custodian.testing.Accounts;
import dev.custodian.testing.Accounts.User;
import dev.custodian.testing.Browser;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * While PostgreSQL is down the pages say "try again" (503), and once it is back nothing fails on a
 * dead connection.
 */
@QuarkusTest
class DatabaseOutageTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"/test-only/database-down/refused", "/test-only/database-down/restarting"})
    void aDatabaseThatCannotBeReachedAnswers503WithRetryAfter(String path) {
        new Browser()
                .get(path)
                .then()
                .statusCode(503)
                .header("Retry-After", equalTo("5"))
                .body(containsString("try again in a few seconds"))
                .body(not(containsString("Exception")))
                .body(not(containsString("5432")));
    }

    @Test
    void theFirstRequestsAfterPostgresDroppedEveryConnectionSucceed() throws Exception {
        User user = Accounts.signedInUser();
        user.browser().get("/account").then().statusCode(200);

        // What a restart of PostgreSQL does to the pool: every connection it holds is closed under
        // it.
        terminateTheApplicationsConnections();
        // past the pool's foreground validation interval (1 s), so that each idle connection is
        // checked
        Thread.sleep(1_200);

        for (int i = 0; i < 15; i++) {
            user.browser().get("/account").then().statusCode(200);
        }
        new Browser().get("/login").then().statusCode(200);
    }

    private static void terminateTheApplicationsConnections() throws SQLException {
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getValue("quarkus.datasource.username", String.class);
        String password =
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection
                    .createStatement()
                    .execute(
                            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                    + "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                                    + "AND application_name = 'PostgreSQL JDBC Driver'");
        }
    }
}
