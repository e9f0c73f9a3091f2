package fi.osaava.membership.identity.oauth;

import java.text.ParseException;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import com.nimbusds.jose.jwk.RSAKey;

/**
 * The RSA key pair that signs the tokens, as a JWK with its private part and {@code kid}.
 *
 * @param slot the role of the key, the document id: only one document can hold a slot, so two
 *             instances starting on an empty store cannot both create a key
 */
@Document("signing_keys")
record SigningKey(@Id String slot, String kid, String jwk, Instant createdAt) {

    /** The key every instance signs with. */
    static final String ACTIVE = "active";

    static SigningKey active(RSAKey key, Instant now) {
        return new SigningKey(ACTIVE, key.getKeyID(), key.toJSONString(), now);
    }

    RSAKey toRsaKey() {
        try {
            return RSAKey.parse(jwk);
        } catch (ParseException e) {
            throw new IllegalStateException("Signing key " + kid + " in slot " + slot + " is not a readable JWK", e);
        }
    }
}
