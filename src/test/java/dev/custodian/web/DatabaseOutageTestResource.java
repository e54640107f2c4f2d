package dev.custodian.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.hibernate.exception.JDBCConnectionException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** Test-only: the failures a request meets while PostgreSQL is down or restarting. */
@Path("/test-only/database-down")
public class DatabaseOutageTestResource {

    @GET
    @Path("refused")
    public String connectionRefused() {
        throw new JDBCConnectionException(
                "Unable to acquire JDBC Connection",
                new java.sql.SQLException(
                        new PSQLException(
                                "Connection to localhost:5432 refused.",
                                PSQLState.CONNECTION_UNABLE_TO_CONNECT)));
    }

    @GET
    @Path("restarting")
    public String restarting() {
        throw new IllegalStateException(
                new java.sql.SQLException("FATAL: the database system is starting up", "57P03"));
    }
}
