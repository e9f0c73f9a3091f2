package fi.osaava.localstack;

import java.util.Objects;

/**
 * An OAuth2 client of membership-service's authorization server: what {@code client_credentials}
 * needs. {@link #toString()} never shows the secret.
 */
public record ClientCredentials(String clientId, String clientSecret) {

    public ClientCredentials {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        if (clientId.isBlank() || clientSecret.isBlank()) {
            throw new IllegalArgumentException("clientId and clientSecret must not be blank");
        }
    }

    @Override
    public String toString() {
        return "ClientCredentials[clientId=" + clientId + ", clientSecret=***]";
    }
}
