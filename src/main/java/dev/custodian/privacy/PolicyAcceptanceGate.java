package dev.custodian.privacy;

import dev.custodian.web.LocalPath;
import dev.custodian.web.SignedIn;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A version that reduces users' rights must be accepted before anything else, on every request of
 * every session, not only at sign-in: a session opened before the version was published, or a user
 * who types another address, is sent to the acceptance page. What the user may still do without
 * accepting stays open: read and accept the policy, take a copy of their data, close the account
 * (with the step-up these ask for), and sign out.
 */
public class PolicyAcceptanceGate {

    /**
     * The signed-in areas the gate guards; public pages (the policy itself among them) stay open.
     */
    private static final List<String> GUARDED =
            List.of("/account", "/admin", "/people", "/email-change");

    private static final List<String> OPEN =
            List.of(PolicyAcceptances.PAGE, "/account/data", "/account/close", "/account/step-up");

    @Inject SignedIn signedIn;

    @Inject HttpServerRequest request;

    @Inject PolicyAcceptances policies;

    @ServerRequestFilter
    public Optional<Response> acceptFirst(ContainerRequestContext context) {
        // the path as resources are matched on it: decoded and normalised ("/%61ccount",
        // "/account/data/../profile")
        String path = context.getUriInfo().getPath();
        if (!within(path, GUARDED) || within(path, OPEN) || !signedIn.present()) {
            return Optional.empty();
        }
        boolean due = policies.isDue(signedIn.accountId());
        if (!due) {
            return Optional.empty();
        }
        // Only a page is worth coming back to, never a form submission.
        String next =
                HttpMethod.GET.equals(request.method().name())
                        ? LocalPath.orElse(request.uri(), "/account")
                        : "/account";
        return Optional.of(
                Response.seeOther(
                                URI.create(
                                        PolicyAcceptances.PAGE
                                                + "?next="
                                                + URLEncoder.encode(next, StandardCharsets.UTF_8)))
                        .build());
    }

    private static boolean within(String path, List<String> prefixes) {
        return prefixes.stream()
                .anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }
}
