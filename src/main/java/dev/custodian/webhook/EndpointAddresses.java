package dev.custodian.webhook;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which endpoint addresses the portal will call. In production: https only, to a host whose every
 * address is public, checked when the endpoint is saved and again before each attempt (a name may
 * come to resolve elsewhere), so that an endpoint cannot make the portal reach its own machine or
 * network (SSRF). With {@code custodian.webhooks.allow-local} (dev, tests) private addresses are
 * allowed and http:// too, but only to the loopback: a receiver on the developer's machine.
 */
@Singleton
class EndpointAddresses {

    /** Why an address is refused, as a key of the webhook bundle. */
    enum Refusal {
        MALFORMED,
        NOT_HTTPS,
        UNKNOWN_HOST,
        NOT_PUBLIC
    }

    private final boolean allowLocal;

    @Inject
    EndpointAddresses(WebhookConfig config) {
        this(config.allowLocal());
    }

    EndpointAddresses(boolean allowLocal) {
        this.allowLocal = allowLocal;
    }

    /** Null when the portal may call {@code url}; otherwise why not. */
    Refusal check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Refusal.MALFORMED;
        }
        if (uri.getScheme() == null
                || uri.getHost() == null
                || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null) {
            return Refusal.MALFORMED;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Refusal.NOT_HTTPS;
        }
        InetAddress[] resolved;
        try {
            resolved = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Refusal.UNKNOWN_HOST;
        }
        boolean loopback = resolved.length > 0;
        for (InetAddress address : resolved) {
            loopback &= address.isLoopbackAddress();
            if (!allowLocal && !isPublic(address)) {
                return Refusal.NOT_PUBLIC;
            }
        }
        if (scheme.equals("http") && !(allowLocal && loopback)) {
            return Refusal.NOT_HTTPS;
        }
        return null;
    }

    /** The reason an attempt is not made, for the delivery's last error; null to go ahead. */
    String refusal(URI url) {
        Refusal refused = check(url.toString());
        return refused == null ? null : "Refused before sending: " + refused;
    }

    private static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            // fc00::/7, unique local addresses, which isSiteLocalAddress does not cover
            return (bytes[0] & 0xfe) != 0xfc;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        // 100.64.0.0/10 (carrier-grade NAT) and 0.0.0.0/8
        return !(first == 100 && second >= 64 && second < 128) && first != 0;
    }
}
