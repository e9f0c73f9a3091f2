package fi.osaava.kit.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How events name an e-mail address without carrying it: the SHA-256 (lower-case hex) of the address,
 * stripped and lower-cased. Producer and consumers must compute it identically, hence one place.
 * A hash of a known address can be recomputed, so it is pseudonymous, not anonymous: it lets a service
 * find an address it already holds, nothing more.
 */
public final class EmailHash {

    private EmailHash() {
    }

    public static String of(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
