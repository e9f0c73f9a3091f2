package fi.osaava.notification.subscription;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The links of the alert mails that work without a login: the token itself is the permission. A token is
 * {@code base64url(payload) + "." + base64url(HMAC-SHA256(payload))} with the payload
 * <ul>
 * <li>{@code unsubscribe:<subscriptionId>} — never expires (RFC 8058 one-click may come weeks later), and</li>
 * <li>{@code preferences:<issued epoch second>:<subscriptionId>} — expires after
 *     {@link LinkProperties#preferencesLinkValidity()}, because the page shows the address and the choices.</li>
 * </ul>
 * The purpose is inside the signed payload, so an unsubscribe token is no preferences token, nor the reverse.
 * Nothing is stored: revoking links means changing the secret (which breaks all of them).
 */
@Component
public class SignedLinks {

    private static final Logger log = LoggerFactory.getLogger(SignedLinks.class);
    private static final String ALGORITHM = "HmacSHA256";
    /** Far longer than any real token; a bound keeps garbage from costing work. */
    private static final int MAX_TOKEN_LENGTH = 1024;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public enum Purpose {
        UNSUBSCRIBE, PREFERENCES;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final LinkProperties properties;
    private final SecretKeySpec key;
    private final Clock clock;

    SignedLinks(LinkProperties properties, Clock clock) {
        this.properties = properties;
        this.key = new SecretKeySpec(properties.linkSecret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.clock = clock;
        if (properties.usesDevelopmentSecret()) {
            log.warn("osaava.notifications.link-secret is the development default: set it in production");
        }
    }

    /** {@code {publicUrl}/unsubscribe/{token}}: the page, and the RFC 8058 one-click POST target. */
    public URI unsubscribeUrl(String subscriptionId) {
        return link("/unsubscribe/", token(Purpose.UNSUBSCRIBE.label() + ":" + subscriptionId));
    }

    /** {@code {publicUrl}/preferences/{token}}, valid for {@code preferences-link-validity} from now. */
    public URI preferencesUrl(String subscriptionId) {
        return link("/preferences/", token(Purpose.PREFERENCES.label() + ":" + clock.instant().getEpochSecond()
                + ":" + subscriptionId));
    }

    /** The subscription id of a genuine, unexpired token made for this purpose; empty for anything else. */
    public Optional<String> verify(String token, Purpose purpose) {
        if (token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODER.decode(token.substring(0, dot));
            signature = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        // constant time, so the signature cannot be guessed byte by byte from response times
        if (!MessageDigest.isEqual(mac(payload), signature)) {
            return Optional.empty();
        }
        return subscriptionId(new String(payload, StandardCharsets.UTF_8), purpose);
    }

    private Optional<String> subscriptionId(String payload, Purpose purpose) {
        String prefix = purpose.label() + ":";
        if (!payload.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = payload.substring(prefix.length());
        if (purpose == Purpose.PREFERENCES) {
            int colon = rest.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            Instant issued;
            try {
                issued = Instant.ofEpochSecond(Long.parseLong(rest.substring(0, colon)));
            } catch (NumberFormatException | java.time.DateTimeException malformed) {
                return Optional.empty();
            }
            if (clock.instant().isAfter(issued.plus(properties.preferencesLinkValidity()))) {
                return Optional.empty();
            }
            rest = rest.substring(colon + 1);
        }
        return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
    }

    private String token(String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes));
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private URI link(String path, String token) {
        // the token is base64url and a dot: nothing in it needs escaping
        return URI.create(properties.publicUrl().toString().replaceAll("/+$", "") + path + token);
    }
}
