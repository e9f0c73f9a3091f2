package fi.osaava.membership.passive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A random token that travels only in a link of an e-mail: the member keeps the token, this service keeps
 * only its SHA-256, so a copy of the database cannot confirm or end anybody's membership.
 */
record SecretToken(String value, String sha256) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static SecretToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new SecretToken(value, sha256Of(value));
    }

    static String sha256Of(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "SecretToken[redacted]";
    }
}
