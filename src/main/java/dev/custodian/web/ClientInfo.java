package dev.custodian.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * Who is asking, as far as the connection tells: the address rate limits and the activity log use.
 */
@RequestScoped
public class ClientInfo {

    private static final int MAX_USER_AGENT = 512;

    @Inject HttpServerRequest request;

    /** The client's address; behind a proxy, Quarkus's forwarding settings decide what this is. */
    public String address() {
        return address(request);
    }

    /** The same, for a route that answers outside the CDI request scope. */
    public static String address(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    /**
     * The key rate limits count under: the address, or for IPv6 its /64 network, since one
     * subscriber usually holds a whole /64 and could otherwise take a fresh key per request.
     */
    public String rateLimitKey() {
        String address = address();
        if (!address.contains(":")) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        } catch (UnknownHostException e) {
            return address;
        }
    }

    public String userAgent() {
        String agent = request.getHeader("User-Agent");
        if (agent == null || agent.isBlank()) {
            return null;
        }
        return agent.length() > MAX_USER_AGENT ? agent.substring(0, MAX_USER_AGENT) : agent;
    }

    public String pathAndQuery() {
        return request.uri();
    }
}
