package dev.custodian.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every error answers with a page inside the layout that says what happened in plain words and
 * never shows an exception's class or text; unexpected errors are logged with an id the page shows.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int BUSY_RETRY_SECONDS = 5;

    @CheckedTemplate(basePath = "web/ErrorPages")
    static class Templates {
        static native TemplateInstance error(
                int status, String title, String message, String reference);
    }

    @Inject Messages messages;

    @ServerExceptionMapper
    public Response tooManyRequests(TooManyRequestsException e) {
        String message = messages.web().error_429_body(e.retryAfterSeconds());
        return page(TOO_MANY_REQUESTS, message, null)
                .header("Retry-After", e.retryAfterSeconds())
                .build();
    }

    @ServerExceptionMapper
    public Response busy(ServiceBusyException e) {
        return page(503, null, null).header("Retry-After", BUSY_RETRY_SECONDS).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        return page(status, null, null).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (FailureCauses.isMalformedInput(e)) {
            // the client's mistake, not the server's: one line, no stack trace, and no message,
            // which may quote what was typed (a password among it)
            LOG.warnf(
                    "Malformed request refused: %s",
                    FailureCauses.innermost(e).getClass().getName());
            return page(400, null, null).build();
        }
        if (FailureCauses.isDatabaseUnavailable(e)) {
            // readiness is DOWN meanwhile; the user is asked to try again shortly
            LOG.warnf("Database unavailable: %s", describe(e));
            return page(503, messages.web().error_503_unavailable(), null)
                    .header("Retry-After", BUSY_RETRY_SECONDS)
                    .build();
        }
        String reference = Long.toString(System.nanoTime() & 0xffffffL, 36);
        LOG.errorf(e, "Unexpected error, reference %s", reference);
        return page(500, null, reference).build();
    }

    /**
     * The innermost cause's class and the first line of its message: the driver's, which quotes no
     * input.
     */
    private static String describe(Throwable e) {
        Throwable root = FailureCauses.innermost(e);
        String message =
                root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("");
        return root.getClass().getName() + ": " + message;
    }

    /**
     * Responses that carry an error status but no body (a refused CSRF token, 405) get the page
     * too.
     */
    @ServerResponseFilter
    public void pageForEmptyErrors(ContainerResponseContext response) {
        if (response.getStatus() >= 400 && !response.hasEntity()) {
            response.setEntity(
                    render(response.getStatus(), null, null), new Annotation[0], HtmlPages.TYPE);
        }
    }

    private Response.ResponseBuilder page(int status, String message, String reference) {
        return Response.status(status)
                .type(HtmlPages.TYPE)
                .entity(render(status, message, reference));
    }

    private String render(int status, String message, String reference) {
        WebMessages msg = messages.web();
        String title =
                switch (status) {
                    case 400 -> msg.error_400_title();
                    case 401, 403 -> msg.error_403_title();
                    case 404 -> msg.error_404_title();
                    case 405 -> msg.error_405_title();
                    case 413 -> msg.error_413_title();
                    case TOO_MANY_REQUESTS -> msg.error_429_title();
                    case 503 -> msg.error_503_title();
                    default -> status >= 500 ? msg.error_500_title() : msg.error_400_title();
                };
        String body =
                message != null
                        ? message
                        : switch (status) {
                            case 400 -> msg.error_400_body();
                            case 401, 403 -> msg.error_403_body();
                            case 404 -> msg.error_404_body();
                            case 405 -> msg.error_405_body();
                            case 413 -> msg.error_413_body();
                            case 503 -> msg.error_503_body();
                            default -> status >= 500 ? msg.error_500_body() : msg.error_400_body();
                        };
        return Templates.error(status, title, body, reference).render();
    }
}
