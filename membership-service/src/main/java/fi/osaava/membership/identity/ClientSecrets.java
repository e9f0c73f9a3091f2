package fi.osaava.membership.identity;

import java.security.SecureRandom;
import java.util.Base64;

/** Client secrets: 32 random bytes (256 bits) as unpadded base64url, safe in HTTP Basic and forms. */
final class ClientSecrets {

    static final int BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    String generate() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
