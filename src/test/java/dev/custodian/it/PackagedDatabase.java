package dev.custodian.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The database the packaged application runs on, as the build gives it to the tests. */
final class PackagedDatabase {

    private PackagedDatabase() {}

    static Connection connect() throws SQLException {
        String password = System.getenv("CUSTODIAN_DB_PASSWORD");
        return DriverManager.getConnection(
                System.getenv("CUSTODIAN_DB_URL"),
                System.getenv("CUSTODIAN_DB_USER"),
                password == null ? "" : password);
    }
}
