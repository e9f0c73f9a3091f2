package fi.osaava.membership.identity;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import fi.osaava.kit.web.ConflictException;
import fi.osaava.membership.organisation.MembershipStatus;
import fi.osaava.membership.organisation.Organisation;
import fi.osaava.membership.organisation.OrganisationManagement;

/** Creating and finding the people who may log in. E-mail addresses are never logged; user ids are. */
@Service
public class UserManagement {

    private static final Logger log = LoggerFactory.getLogger(UserManagement.class);

    private final Users users;
    private final OrganisationManagement organisations;
    private final PasswordEncoder passwordEncoder;
    private final IdentityProperties properties;
    private final Clock clock;
    private final ClientSecrets passwords = new ClientSecrets();

    UserManagement(Users users, OrganisationManagement organisations, PasswordEncoder passwordEncoder,
                   IdentityProperties properties, Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A new person for an organisation, with a generated initial password that is stored nowhere but as a
     * hash. The coordinator's own organisation is not a registered organisation; any other must be active.
     */
    public IssuedUser createUser(String organisationId, String email, List<Role> roles) {
        if (!isCoordinatorOrganisation(organisationId)) {
            Organisation organisation = organisations.get(organisationId);
            if (organisation.status() != MembershipStatus.ACTIVE) {
                throw new ConflictException("Organisation " + organisationId + " is " + organisation.status()
                        + "; only active members get users");
            }
        }
        String username = normalise(email);
        if (users.findByUsername(username).isPresent()) {
            throw new ConflictException("The username is taken");
        }
        String password = passwords.generate();
        User user = User.register(UUID.randomUUID().toString(), username, passwordEncoder.encode(password),
                organisationId, roles, clock.instant());
        try {
            users.insert(user);
        } catch (DuplicateKeyException concurrentCreate) {
            throw new ConflictException("The username is taken");
        }
        log.info("Created user {} for organisation {} with roles {}", user.id(), organisationId, roles);
        return new IssuedUser(user.id(), username, password, organisationId, List.copyOf(roles));
    }

    public boolean isCoordinatorOrganisation(String organisationId) {
        return properties.coordinator().organisationId().equals(organisationId);
    }

    public Optional<User> findByUsername(String username) {
        return users.findByUsername(normalise(username));
    }

    /** The person as tokens may be issued to them now: known and not disabled. */
    public Optional<User> findActive(String username) {
        return findByUsername(username).filter(user -> !user.disabled());
    }

    /** The authorization server re-hashed a password it just verified, because the encoder prefers a new form. */
    public void storeUpgradedPasswordHash(String username, String passwordHash) {
        findByUsername(username).ifPresent(user -> {
            user.rehash(passwordHash);
            users.save(user);
        });
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
