package dev.custodian.account;

import dev.custodian.auth.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/account")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AccountResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Account account);
    }

    @Inject
    SignedIn signedIn;

    /** The signed-in user's home: a greeting and the sections of their account. */
    @GET
    public TemplateInstance overview() {
        return Templates.overview(signedIn.account());
    }
}
