package fi.osaava.membership.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import fi.osaava.kit.domain.ConflictException;
import fi.osaava.kit.domain.NotFoundException;
import fi.osaava.membership.organisation.MembershipStatus;
import fi.osaava.membership.organisation.Organisation;
import fi.osaava.membership.organisation.OrganisationManagement;

/** Creating and finding the clients that may get tokens. */
@Service
public class ClientManagement {

    /** An organisation's own system acts as a member of the ecosystem. */
    static final List<Role> SYSTEM_CLIENT_ROLES = List.of(Role.SYSTEM, Role.MEMBER);

    private static final Logger log = LoggerFactory.getLogger(ClientManagement.class);

    private final Clients clients;
    private final OrganisationManagement organisations;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ClientSecrets secrets = new ClientSecrets();

    ClientManagement(Clients clients, OrganisationManagement organisations, PasswordEncoder passwordEncoder,
                     Clock clock, ApplicationEventPublisher events) {
        this.clients = clients;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.events = events;
    }

    /** A new client for an organisation's system; the returned secret is stored nowhere but as a hash. */
    public IssuedClient createSystemClient(String organisationId) {
        Organisation organisation = organisations.get(organisationId);
        if (organisation.status() != MembershipStatus.ACTIVE) {
            throw new ConflictException("Organisation " + organisationId + " is " + organisation.status()
                    + "; only active members get clients");
        }
        String clientId = "system-" + UUID.randomUUID();
        String secret = secrets.generate();
        clients.insert(Client.register(clientId, passwordEncoder.encode(secret), organisationId, SYSTEM_CLIENT_ROLES,
                clock.instant()));
        log.info("Created client {} for organisation {}", clientId, organisationId);
        return new IssuedClient(clientId, secret, organisationId, SYSTEM_CLIENT_ROLES);
    }

    public List<Client> clientsOf(String organisationId) {
        organisations.get(organisationId);
        return clients.findByOrganisationIdOrderByCreatedAtAsc(organisationId);
    }

    /**
     * The client gets no more tokens, and the tokens this server still remembers for it stop passing
     * introspection. Access tokens already handed out are self-contained JWTs: they run out within the
     * token lifetime. Revoking twice is harmless.
     */
    public Client revoke(String organisationId, String clientId) {
        Client client = clients.findByClientIdAndOrganisationId(clientId, organisationId)
                .orElseThrow(() -> new NotFoundException("Client", clientId));
        if (!client.revoked()) {
            client.revoke();
            clients.save(client);
            log.info("Revoked client {} of organisation {}", clientId, organisationId);
        }
        events.publishEvent(new AccessWithdrawn(clientId));
        return client;
    }

    public Optional<Client> find(String clientId) {
        return clients.findById(clientId);
    }

    /** The authorization server re-hashed a secret it just verified, because the encoder prefers a new form. */
    public void storeUpgradedSecretHash(String clientId, String secretHash) {
        clients.findById(clientId).ifPresent(client -> {
            client.rehash(secretHash);
            clients.save(client);
        });
    }

    /**
     * Makes sure the client exists with exactly this secret, organisation and roles: created if missing,
     * otherwise updated where it differs. A revocation stays in force. Safe when instances start together.
     */
    public void ensure(String clientId, String secret, String organisationId, List<Role> roles) {
        try {
            ensureOnce(clientId, secret, organisationId, roles);
        } catch (DuplicateKeyException | OptimisticLockingFailureException concurrentStart) {
            // another instance got there first; look again at what it wrote
            ensureOnce(clientId, secret, organisationId, roles);
        }
    }

    private void ensureOnce(String clientId, String secret, String organisationId, List<Role> roles) {
        Optional<Client> existing = clients.findById(clientId);
        if (existing.isEmpty()) {
            clients.insert(Client.register(clientId, passwordEncoder.encode(secret), organisationId, roles,
                    clock.instant()));
            log.info("Created client {} for organisation {} with roles {}", clientId, organisationId, roles);
            return;
        }
        Client client = existing.get();
        if (client.revoked()) {
            log.warn("Client {} is revoked; it stays so although its secret is configured", clientId);
        }
        boolean sameSecret = passwordEncoder.matches(secret, client.secretHash());
        if (sameSecret && client.organisationId().equals(organisationId) && client.roles().equals(roles)) {
            return;
        }
        client.reconfigure(sameSecret ? client.secretHash() : passwordEncoder.encode(secret), organisationId, roles);
        clients.save(client);
        log.info("Updated client {}: {}organisation {}, roles {}", clientId, sameSecret ? "" : "new secret, ",
                organisationId, roles);
    }
}
