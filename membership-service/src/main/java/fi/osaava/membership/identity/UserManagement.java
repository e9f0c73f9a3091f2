package fi.osaava.membership.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import fi.osaava.kit.domain.ConflictException;
import fi.osaava.kit.domain.InvalidFieldException;
import fi.osaava.kit.domain.NotFoundException;
import fi.osaava.membership.organisation.MembershipStatus;
import fi.osaava.membership.organisation.Organisation;
import fi.osaava.membership.organisation.OrganisationManagement;

/** Creating and finding the people who may log in. E-mail addresses are never logged; user ids are. */
@Service
public class UserManagement {

    public static final int MINIMUM_PASSWORD_LENGTH = 12;
    public static final Duration INITIAL_PASSWORD_LIFETIME = Duration.ofDays(7);

    private static final Logger log = LoggerFactory.getLogger(UserManagement.class);

    private final Users users;
    private final OrganisationManagement organisations;
    private final PasswordEncoder passwordEncoder;
    private final IdentityProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ClientSecrets passwords = new ClientSecrets();

    UserManagement(Users users, OrganisationManagement organisations, PasswordEncoder passwordEncoder,
                   IdentityProperties properties, Clock clock, ApplicationEventPublisher events) {
        this.users = users;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.clock = clock;
        this.events = events;
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

    /** The organisation's people, oldest first; an unknown organisation is a 404. */
    public List<User> usersOf(String organisationId) {
        if (!isCoordinatorOrganisation(organisationId)) {
            organisations.get(organisationId);
        }
        return users.findByOrganisationIdOrderByCreatedAtAsc(organisationId);
    }

    /**
     * The person can no longer log in or get tokens, and the authorizations this server remembers for
     * them are dropped. Access tokens already issued run out within the token lifetime.
     */
    public User disable(String organisationId, String userId) {
        User user = userOf(organisationId, userId);
        if (!user.disabled()) {
            user.disable();
            users.save(user);
            log.info("Disabled user {} of organisation {}", userId, organisationId);
        }
        events.publishEvent(new AccessWithdrawn(user.username()));
        return user;
    }

    public User enable(String organisationId, String userId) {
        User user = userOf(organisationId, userId);
        if (user.disabled()) {
            user.enable();
            users.save(user);
            log.info("Enabled user {} of organisation {}", userId, organisationId);
        }
        return user;
    }

    /**
     * A person replaces their password, proving they know the current one. The new one must differ from
     * it and be at least {@value #MINIMUM_PASSWORD_LENGTH} characters long.
     */
    public void changePassword(String userId, String currentPassword, String newPassword) {
        User user = users.findById(userId).filter(found -> !found.disabled())
                .orElseThrow(() -> new NotFoundException("User", userId));
        if (!passwordEncoder.matches(currentPassword, user.passwordHash())) {
            throw new InvalidFieldException("currentPassword", "is not the current password");
        }
        if (newPassword.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new InvalidFieldException("newPassword", "must be at least " + MINIMUM_PASSWORD_LENGTH
                    + " characters long");
        }
        if (newPassword.equals(currentPassword)) {
            throw new InvalidFieldException("newPassword", "must differ from the current password");
        }
        user.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        users.save(user);
        log.info("User {} changed their password", user.id());
    }

    /** A generated initial password works for {@link #INITIAL_PASSWORD_LIFETIME}; the person replaces it. */
    public boolean initialPasswordExpired(User user) {
        return user.hasInitialPassword() && user.createdAt().plus(INITIAL_PASSWORD_LIFETIME).isBefore(clock.instant());
    }

    private User userOf(String organisationId, String userId) {
        return users.findByIdAndOrganisationId(userId, organisationId)
                .orElseThrow(() -> new NotFoundException("User", userId));
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
