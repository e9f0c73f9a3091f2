package fi.osaava.notification.subscription;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A Standard Webhooks secret: {@code whsec_} and 32 random bytes in base64. Made here, where it is kept
 * with its subscription; {@code WebhookSignature} signs with it.
 */
public final class WebhookSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecrets() {
    }

    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }
}
