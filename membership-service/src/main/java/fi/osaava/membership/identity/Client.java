package fi.osaava.membership.identity;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A machine that may get tokens, acting for one organisation with fixed roles. Only the hash of its
 * secret is kept; the secret itself is shown once, when the client is created.
 */
@Document("clients")
public class Client {

    /** The client id is the document id, so two starters cannot both create the same client. */
    @Id
    private String clientId;
    @Version
    private @Nullable Long version;
    private String secretHash;
    @Indexed
    private String organisationId;
    private List<Role> roles;
    private Instant createdAt;
    private boolean revoked;

    @PersistenceCreator
    @SuppressWarnings("NullAway.Init")
    private Client() {
    }

    private Client(String clientId, String secretHash, String organisationId, List<Role> roles, Instant createdAt) {
        this.clientId = clientId;
        this.secretHash = secretHash;
        this.organisationId = organisationId;
        this.roles = List.copyOf(roles);
        this.createdAt = createdAt;
    }

    static Client register(String clientId, String secretHash, String organisationId, List<Role> roles, Instant now) {
        return new Client(clientId, secretHash, organisationId, roles, now);
    }

    /** Acts for the given organisation with the given roles from now on, authenticated by a new secret's hash. */
    void reconfigure(String secretHash, String organisationId, List<Role> roles) {
        this.secretHash = secretHash;
        this.organisationId = organisationId;
        this.roles = List.copyOf(roles);
    }

    /** The same secret, hashed the way the password encoder now prefers. */
    void rehash(String secretHash) {
        this.secretHash = secretHash;
    }

    public String clientId() {
        return clientId;
    }

    public String secretHash() {
        return secretHash;
    }

    public String organisationId() {
        return organisationId;
    }

    public List<Role> roles() {
        return roles;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** From now on the client gets no tokens; the ones it holds run out within the token lifetime. */
    void revoke() {
        this.revoked = true;
    }

    /** A revoked client gets no more tokens; the ones it has run out within the token lifetime. */
    public boolean revoked() {
        return revoked;
    }
}
