package dev.custodian.passkey;

import dev.custodian.web.TooManyRequestsException;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The answers of the options endpoints that the page's script calls: WebAuthn's options as JSON, or
 * an RFC 9457 problem ({@code application/problem+json}) it can show, never an HTML error page.
 */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {}

    static Response of(Response.Status status, String title) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(
                        Map.of(
                                "type",
                                "about:blank",
                                "title",
                                title,
                                "status",
                                status.getStatusCode()))
                .build();
    }

    /** The options, or 429 with Retry-After when the client asked too often. */
    static Response options(Supplier<Map<String, Object>> options, String tooMany) {
        try {
            return Response.ok(options.get()).type("application/json").build();
        } catch (TooManyRequestsException wait) {
            return Response.fromResponse(of(Response.Status.TOO_MANY_REQUESTS, tooMany))
                    .header("Retry-After", wait.retryAfterSeconds())
                    .build();
        }
    }
}
