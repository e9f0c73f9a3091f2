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
 * A person who may log in, acting for one organisation with fixed roles. The username is the
 * person's e-mail address (stored lower-case), so it is personal data: never logged, the id is.
 * Only the hash of the password is kept.
 */
@Document("users")
public class User {

    @Id
    private String id;
    @Version
    private @Nullable Long version;
    @Indexed(unique = true)
    private String username;
    private String passwordHash;
    @Indexed
    private String organisationId;
    private List<Role> roles;
    private Instant createdAt;
    private boolean disabled;
    /** Set while the person still has the generated initial password. */
    private boolean initialPassword;
    private @Nullable Instant passwordChangedAt;

    @PersistenceCreator
    @SuppressWarnings("NullAway.Init")
    private User() {
    }

    private User(String id, String username, String passwordHash, String organisationId, List<Role> roles,
                 Instant createdAt) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.organisationId = organisationId;
        this.roles = List.copyOf(roles);
        this.createdAt = createdAt;
        this.initialPassword = true;
    }

    static User register(String id, String username, String passwordHash, String organisationId, List<Role> roles,
                         Instant now) {
        return new User(id, username, passwordHash, organisationId, roles, now);
    }

    /** The same password, hashed the way the password encoder now prefers. */
    void rehash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** A password the person chose themselves. */
    void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.initialPassword = false;
        this.passwordChangedAt = now;
    }

    void disable() {
        this.disabled = true;
    }

    void enable() {
        this.disabled = false;
    }

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
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

    /** True until the person has replaced the generated initial password with their own. */
    public boolean hasInitialPassword() {
        return initialPassword;
    }

    public @Nullable Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    /** A disabled person cannot log in and gets no more tokens. */
    public boolean disabled() {
        return disabled;
    }
}
