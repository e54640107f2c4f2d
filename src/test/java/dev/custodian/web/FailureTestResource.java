package dev.custodian.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only: an endpoint that fails, to check what the 500 page shows. */
@Path("/test-only/failure")
public class FailureTestResource {

    @GET
    public String fail() {
        throw new IllegalStateException("database password is hunter2");
    }
}
