package dev.custodian.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Who is asking, as far as the connection tells: the address rate limits and the activity log use. */
@RequestScoped
public class ClientInfo {

    private static final int MAX_USER_AGENT = 512;

    @Inject
    HttpServerRequest request;

    /** The client's address; behind a proxy, Quarkus's forwarding settings decide what this is. */
    public String address() {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    public String userAgent() {
        String agent = request.getHeader("User-Agent");
        if (agent == null) {
            return null;
        }
        return agent.length() > MAX_USER_AGENT ? agent.substring(0, MAX_USER_AGENT) : agent;
    }

    public String pathAndQuery() {
        return request.uri();
    }
}
