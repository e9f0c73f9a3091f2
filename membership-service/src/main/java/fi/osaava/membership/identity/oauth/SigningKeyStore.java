package fi.osaava.membership.identity.oauth;

import java.time.Clock;
import java.util.Date;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * Finds the active signing key, or creates it on the very first start: keys live only in the store
 * (and in memory), never in source control or configuration.
 */
class SigningKeyStore {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyStore.class);
    private static final int KEY_SIZE = 2048;

    private final SigningKeys keys;
    private final Clock clock;

    SigningKeyStore(SigningKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    RSAKey activeKey() {
        return keys.findById(SigningKey.ACTIVE).map(SigningKey::toRsaKey).orElseGet(this::create);
    }

    private RSAKey create() {
        RSAKey key = generate();
        try {
            keys.insert(SigningKey.active(key, clock.instant()));
            log.info("Created signing key {}", key.getKeyID());
            return key;
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            SigningKey stored = keys.findById(SigningKey.ACTIVE).orElseThrow(() -> anotherInstanceWasFirst);
            log.info("Another instance created signing key {} first; using it", stored.kid());
            return stored.toRsaKey();
        }
    }

    private RSAKey generate() {
        try {
            return new RSAKeyGenerator(KEY_SIZE)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .issueTime(Date.from(clock.instant()))
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA signing key", e);
        }
    }
}
