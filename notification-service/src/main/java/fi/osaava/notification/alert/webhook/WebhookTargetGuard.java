package fi.osaava.notification.alert.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps webhooks from being a way into our own network (server-side request forgery): a subscriber
 * chooses the URL, and this service calls it from inside the network. Refuses anything but {@code https},
 * URLs with user information, and hosts that resolve to loopback, private, link-local (which holds the
 * cloud metadata service), unspecified, multicast, unique-local or carrier-grade NAT addresses, also when
 * written as IPv4-mapped IPv6.
 * <p>
 * Checked when a subscription is made, for a helpful 400, and again at every send, because the name may
 * resolve elsewhere by then: there the HTTP client's only lookup is {@link #resolveAllowed}, so the address
 * checked is the address connected to (no second lookup that a rebinding DNS server could answer otherwise). {@code osaava.webhooks.allow-private-targets=true} lifts the scheme and
 * address rules for local development, where receivers run on {@code http://localhost}.
 */
@Component
public class WebhookTargetGuard {

    /** Resolves a host name; a seam so tests can make DNS answer what they need. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivateTargets;
    private final Resolver resolver;

    @Autowired
    public WebhookTargetGuard(WebhookProperties properties) {
        this(properties.allowPrivateTargets(), InetAddress::getAllByName);
    }

    WebhookTargetGuard(boolean allowPrivateTargets, Resolver resolver) {
        this.allowPrivateTargets = allowPrivateTargets;
        this.resolver = resolver;
    }

    /**
     * For a subscription's endpoint: empty when the URL is acceptable, else why not, worded to follow the
     * field's name in a 400 (e.g. "must use https"). Resolves the host, so an unknown host is refused too.
     */
    public Optional<String> validate(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL");
        }
        return check(uri);
    }

    /**
     * The one resolution of a send: the host's addresses, each checked, which the HTTP client then connects to (a
     * second lookup could answer otherwise: DNS rebinding). Throws {@link ForbiddenTarget} when any is forbidden.
     */
    InetAddress[] resolveAllowed(String host) throws UnknownHostException {
        InetAddress[] addresses = resolver.resolve(host);
        // any one forbidden address is enough: the HTTP client may pick any of them
        if (!allowPrivateTargets
                && (addresses.length == 0 || Arrays.stream(addresses).anyMatch(WebhookTargetGuard::isForbidden))) {
            throw new ForbiddenTarget(host);
        }
        return addresses;
    }

    /** A host that resolved to an address the guard forbids: the connection is not made. */
    static final class ForbiddenTarget extends UnknownHostException {
        static final String REASON = "must not point to a private, loopback, link-local or otherwise internal address";

        ForbiddenTarget(String host) {
            super(host + " " + REASON);
        }
    }

    /**
     * Before each send, the URL alone (no resolution): empty when it may be called, else why not. The addresses
     * are checked when the connection is made, by {@link #resolveAllowed}, on the same answer the connection
     * uses.
     */
    Optional<String> checkUrl(URI uri) {
        if (!uri.isAbsolute() || uri.isOpaque()) {
            return Optional.of("is not an absolute http(s) URL");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && allowPrivateTargets)) {
            return Optional.of("must use https");
        }
        // credentials in the URL would be sent along and shown wherever the URL is; also a classic way
        // to disguise the real host ("https://trusted.example@evil.example/")
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not contain user information");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("must name a host");
        }
        return Optional.empty();
    }

    /** When a subscription is made: the URL and, resolved now, its addresses. */
    Optional<String> check(URI uri) {
        Optional<String> refusal = checkUrl(uri);
        if (refusal.isPresent() || allowPrivateTargets) {
            return refusal;
        }
        try {
            resolveAllowed(uri.getHost());
            return Optional.empty();
        } catch (ForbiddenTarget e) {
            return Optional.of(ForbiddenTarget.REASON);
        } catch (UnknownHostException e) {
            return Optional.of("host does not resolve");
        }
    }

    static boolean isForbidden(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isForbiddenIpv4(b);
        }
        if (address instanceof Inet6Address) {
            // fc00::/7 unique-local: IPv6's private networks
            if ((b[0] & 0xfe) == 0xfc) {
                return true;
            }
            byte[] embedded = embeddedIpv4(b);
            if (embedded != null) {
                try {
                    return isForbidden(InetAddress.getByAddress(embedded));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isForbiddenIpv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0                                    // 0.0.0.0/8, "this network"
                || first == 127                              // loopback, beyond 127.0.0.1
                || first == 10
                || (first == 172 && (second & 0xf0) == 16)
                || (first == 192 && second == 168)
                || (first == 169 && second == 254)           // link-local, the cloud metadata service
                || (first == 100 && (second & 0xc0) == 64)   // 100.64.0.0/10, carrier-grade NAT
                || first >= 224;                             // multicast, reserved, broadcast
    }

    /**
     * The IPv4 address inside an IPv4-mapped ({@code ::ffff:a.b.c.d}), IPv4-compatible ({@code ::a.b.c.d})
     * or NAT64 ({@code 64:ff9b::a.b.c.d}) address, else null. The JDK turns most mapped literals into
     * IPv4 addresses itself, but not every way of making an address does.
     */
    private static byte @Nullable [] embeddedIpv4(byte[] b) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= b[i] == 0;
        }
        boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0;
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b && Arrays.equals(Arrays.copyOfRange(b, 4, 12), new byte[8]);
        return mapped || compatible || nat64 ? Arrays.copyOfRange(b, 12, 16) : null;
    }
}
