package dev.custodian.api;

import dev.custodian.account.Account;
import dev.custodian.account.AccountStatus;
import dev.custodian.web.FormErrors;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The billing system finds its customer's account: only what an integration needs, its id, status,
 * email and language. Scope {@code accounts:read}.
 */
@Path("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
@SecurityScheme(
        securitySchemeName = AccountsApi.SCHEME,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "An API key made by an admin in /admin/api-keys: cus_<prefix>_<secret>")
@SecurityRequirement(name = AccountsApi.SCHEME)
public class AccountsApi {

    static final String SCHEME = "apiKey";

    /** An account as the API shows it; an erased account has no email or language left. */
    public record AccountView(UUID id, AccountStatus status, String email, String language) {
        static AccountView of(Account account) {
            return new AccountView(account.id, account.status, account.email, account.locale);
        }
    }

    @Inject ApiCalls calls;

    /** The account with this email address. */
    @GET
    @Operation(summary = "Find an account by its email address")
    public AccountView byEmail(
            @Parameter(hidden = true) @RestHeader(HttpHeaders.AUTHORIZATION) String authorization,
            @RestQuery String email) {
        calls.require(authorization, ApiScope.ACCOUNTS_READ);
        FormErrors errors = calls.errors();
        String address = errors.requiredLine("email", email, 254, calls.texts().field_required());
        if (!errors.isEmpty()) {
            throw new ApiProblem(ProblemType.INVALID_FIELDS, null, errors.all(), Map.of());
        }
        return found(Account.findByEmail(address));
    }

    /** The account with this id. */
    @GET
    @Path("{id}")
    @Operation(summary = "Find an account by its id")
    public AccountView byId(
            @Parameter(hidden = true) @RestHeader(HttpHeaders.AUTHORIZATION) String authorization,
            @RestPath String id) {
        calls.require(authorization, ApiScope.ACCOUNTS_READ);
        return found(ids(id).flatMap(uuid -> Account.<Account>findByIdOptional(uuid)));
    }

    private AccountView found(Optional<Account> account) {
        return account.map(AccountView::of)
                .orElseThrow(() -> new ApiProblem(ProblemType.NOT_FOUND, null));
    }

    /** A path's id; a malformed one finds nothing, like an unknown one. */
    static Optional<UUID> ids(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
