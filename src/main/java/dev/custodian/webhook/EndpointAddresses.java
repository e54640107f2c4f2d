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
 * network (SSRF). The attempt then connects to an address this check saw, and never resolves the
 * name again: a name that answers a public address to the check and a private one a moment later
 * (DNS rebinding) gets nothing. With {@code custodian.webhooks.allow-local} (dev, tests) private
 * addresses are allowed and http:// too, but only to the loopback: a receiver on the developer's
 * machine.
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

    /** A host name's addresses, as the system's resolver gives them (tests give their own). */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** What the check found: the address to connect to, or why there is none. */
    record Verdict(InetAddress address, Refusal refusal) {
        static Verdict refused(Refusal why) {
            return new Verdict(null, why);
        }
    }

    private final boolean allowLocal;
    private final Resolver resolver;

    @Inject
    EndpointAddresses(WebhookConfig config) {
        this(config.allowLocal(), InetAddress::getAllByName);
    }

    EndpointAddresses(boolean allowLocal, Resolver resolver) {
        this.allowLocal = allowLocal;
        this.resolver = resolver;
    }

    /** Null when the portal may call {@code url}; otherwise why not. */
    Refusal check(String url) {
        return verdict(url).refusal();
    }

    /**
     * Resolves {@code url}'s host once and checks every address it has; the first is the one to
     * connect to.
     */
    Verdict verdict(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Verdict.refused(Refusal.MALFORMED);
        }
        if (uri.getScheme() == null
                || uri.getHost() == null
                || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null) {
            return Verdict.refused(Refusal.MALFORMED);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Verdict.refused(Refusal.NOT_HTTPS);
        }
        InetAddress[] resolved;
        try {
            resolved = resolver.resolve(uri.getHost());
        } catch (UnknownHostException e) {
            return Verdict.refused(Refusal.UNKNOWN_HOST);
        }
        if (resolved.length == 0) {
            return Verdict.refused(Refusal.UNKNOWN_HOST);
        }
        boolean loopback = true;
        for (InetAddress address : resolved) {
            loopback &= address.isLoopbackAddress();
            if (!allowLocal && !isPublic(address)) {
                return Verdict.refused(Refusal.NOT_PUBLIC);
            }
        }
        if (scheme.equals("http") && !(allowLocal && loopback)) {
            return Verdict.refused(Refusal.NOT_HTTPS);
        }
        return new Verdict(resolved[0], null);
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
