package dev.custodian.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custodian.web.Messages;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * How the API answers: never stored by a cache (it carries personal data), and every error as
 * problem details, also those the framework makes itself (no such path, wrong method or media type,
 * a failure), which would otherwise be the portal's HTML error page.
 */
// Quarkus REST creates its filters at static initialisation; the client proxy of a normal scope
// puts off creating this one, and with it the request-scoped beans it needs, to its first use.
@ApplicationScoped
public class ApiResponses {

    static final String PATH = "/api/";

    /** RFC 6750 §3: how a client is asked for a bearer token. */
    static final String BEARER_CHALLENGE = "Bearer realm=\"custodian\"";

    @Inject HttpServerRequest request;

    @Inject Messages messages;

    @Inject ObjectMapper json;

    @ServerExceptionMapper
    public Response problem(ApiProblem problem) {
        Response.ResponseBuilder answer =
                Response.status(problem.type.status)
                        .type(Problem.MEDIA_TYPE)
                        .entity(
                                write(
                                        Problem.of(
                                                problem.type,
                                                messages.of(ApiMessages.class),
                                                problem.detail,
                                                problem.errors)));
        problem.headers.forEach(answer::header);
        return answer.build();
    }

    @ServerResponseFilter
    public void apiAnswers(ContainerResponseContext response) {
        if (!request.path().startsWith(PATH)) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        int status = response.getStatus();
        MediaType type = response.getMediaType();
        if (status < 400 || type != null && type.toString().startsWith(Problem.MEDIA_TYPE)) {
            return;
        }
        // RFC 9457 §4.2.1: "about:blank", titled by the status's reason phrase
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        response.setEntity(
                write(
                        new Problem(
                                "about:blank",
                                reason == null ? null : reason.getReasonPhrase(),
                                status,
                                null,
                                null)),
                new Annotation[0],
                MediaType.valueOf(Problem.MEDIA_TYPE));
        if (status == 401) {
            response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
        }
    }

    private String write(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
