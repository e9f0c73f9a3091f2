package fi.osaava.notification.alert.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures in the <a href="https://www.standardwebhooks.com/">Standard Webhooks</a> format, so a
 * receiver can verify ours with any of that specification's libraries.
 * <p>
 * The signed content is {@code "{webhook-id}.{webhook-timestamp}.{body}"}; the signature is
 * {@code "v1," + base64(HMAC-SHA256(key, content))}, where the key is the base64-decoded part of the
 * secret after {@code whsec_}.
 */
public final class WebhookSignature {

    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";

    /** How far a timestamp may be from the receiver's clock: limits how long a captured request can be replayed. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    static final String SECRET_PREFIX = "whsec_";
    private static final String VERSION = "v1";

    private WebhookSignature() {
    }

    /**
     * One signature, {@code v1,<base64>}.
     *
     * @throws IllegalArgumentException when the secret is not base64 (after an optional {@code whsec_})
     */
    public static String sign(String msgId, long timestampSeconds, byte[] body, String secret) {
        return VERSION + "," + Base64.getEncoder().encodeToString(mac(msgId, timestampSeconds, body, key(secret)));
    }

    /**
     * The {@code webhook-signature} header: one signature per secret, space-separated. While a secret is
     * being rotated both the old and the new one sign, so a receiver that knows either accepts the request.
     *
     * @throws IllegalArgumentException when there is no secret
     */
    public static String signatureHeader(String msgId, long timestampSeconds, byte[] body, List<String> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("A webhook needs at least one signing secret");
        }
        return secrets.stream()
                .map(secret -> sign(msgId, timestampSeconds, body, secret))
                .collect(Collectors.joining(" "));
    }

    /**
     * What a receiver does: true when the timestamp is within {@link #TOLERANCE} of {@code now} and one of
     * the {@code v1} signatures in the header matches. Unknown versions in the header are skipped, as the
     * specification asks. The comparison takes the same time wherever the signatures differ, so that a
     * forger cannot learn a valid signature byte by byte.
     */
    public static boolean verify(String msgId, String timestampHeader, byte[] body, String signatureHeader,
                                 String secret, Instant now) {
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - timestamp) > TOLERANCE.toSeconds()) {
            return false;
        }
        byte[] expected = mac(msgId, timestamp, body, key(secret));
        boolean matched = false;
        for (String entry : signatureHeader.trim().split(" +")) {
            int comma = entry.indexOf(',');
            if (comma < 0 || !VERSION.equals(entry.substring(0, comma))) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(entry.substring(comma + 1));
            } catch (IllegalArgumentException e) {
                continue;
            }
            // |= rather than an early return: every entry is compared, whichever matches
            matched |= MessageDigest.isEqual(expected, given);
        }
        return matched;
    }

    /** The key bytes; {@code whsec_} is optional, as in the reference implementations. */
    static byte[] key(String secret) {
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        byte[] key = Base64.getDecoder().decode(encoded);
        if (key.length == 0) {
            throw new IllegalArgumentException("A webhook secret must not be empty");
        }
        return key;
    }

    private static byte[] mac(String msgId, long timestampSeconds, byte[] body, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((msgId + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
            // the body exactly as sent: re-encoding it could change the bytes the receiver hashes
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
