package dev.custodian.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only: a page for the admin role, to check what everyone else gets. */
@Path("/test-only/admin")
public class AdminOnlyTestResource {

    @GET
    @RolesAllowed("admin")
    public String adminOnly() {
        return "admin page";
    }
}
