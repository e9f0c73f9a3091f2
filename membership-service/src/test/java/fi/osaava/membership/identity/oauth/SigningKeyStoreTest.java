package fi.osaava.membership.identity.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.dao.DuplicateKeyException;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

class SigningKeyStoreTest {

    static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

    final SigningKeys keys = mock(SigningKeys.class);
    final SigningKeyStore store = new SigningKeyStore(keys, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void theFirstStartCreatesAnRs256SigningKeyWithItsPrivatePartAndKid() {
        when(keys.findById(SigningKey.ACTIVE)).thenReturn(Optional.empty());

        RSAKey key = store.activeKey();

        ArgumentCaptor<SigningKey> stored = ArgumentCaptor.forClass(SigningKey.class);
        verify(keys).insert(stored.capture());
        assertThat(stored.getValue().slot()).isEqualTo(SigningKey.ACTIVE);
        assertThat(stored.getValue().kid()).isEqualTo(key.getKeyID()).isNotBlank();
        assertThat(stored.getValue().toRsaKey().isPrivate()).isTrue();
        assertThat(stored.getValue().createdAt()).isEqualTo(NOW);
        assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(key.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
        assertThat(key.size()).isEqualTo(2048);
    }

    @Test
    void laterStartsUseTheStoredKey() throws Exception {
        RSAKey existing = new RSAKeyGenerator(2048).keyID("kid-1").generate();
        when(keys.findById(SigningKey.ACTIVE)).thenReturn(Optional.of(SigningKey.active(existing, NOW)));

        assertThat(store.activeKey()).isEqualTo(existing);
        verify(keys, never()).insert(any(SigningKey.class));
    }

    @Test
    void anInstanceThatLosesTheRaceToCreateTheKeyUsesTheWinnersKey() throws Exception {
        RSAKey winners = new RSAKeyGenerator(2048).keyID("winner").generate();
        when(keys.findById(SigningKey.ACTIVE)).thenReturn(Optional.empty(), Optional.of(SigningKey.active(winners, NOW)));
        when(keys.insert(any(SigningKey.class))).thenThrow(new DuplicateKeyException("E11000 duplicate key"));

        assertThat(store.activeKey().getKeyID()).isEqualTo("winner");
    }
}
