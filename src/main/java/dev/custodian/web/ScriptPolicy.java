package dev.custodian.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The Content-Security-Policy of the pages that run the application's script: the policy every
 * response gets (application.properties), plus {@code script-src 'self'} for the file and {@code
 * connect-src 'self'} for its calls to this origin. Still no inline script, nothing from elsewhere.
 * The response gets it beside the policy every response gets; {@link OnePolicy} then keeps it
 * alone, since a browser enforces every policy it is sent.
 */
@Provider
@WithScript
public class ScriptPolicy implements ContainerResponseFilter {

    static final String HEADER = "Content-Security-Policy";

    /** The policy every response gets; read once, it is fixed when the application is built. */
    static final String BASE =
            ConfigProvider.getConfig()
                    .getValue(
                            "quarkus.http.filter.security.header.\"" + HEADER + "\"", String.class);

    static final String POLICY = BASE + "; script-src 'self'; connect-src 'self'";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, POLICY);
    }

    /** For a page answered as a {@link Response} outside a {@link WithScript} method. */
    public static Response.ResponseBuilder allowScript(Response.ResponseBuilder response) {
        return response.header(HEADER, POLICY);
    }
}
