package fi.osaava.membership.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class ClientSecretsTest {

    private final ClientSecrets secrets = new ClientSecrets();

    @Test
    void aSecretIs32RandomBytesAsUnpaddedBase64Url() {
        String secret = secrets.generate();

        assertThat(secret).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(secret)).hasSize(32);
    }

    @Test
    void everySecretIsDifferent() {
        assertThat(secrets.generate()).isNotEqualTo(secrets.generate());
    }
}
