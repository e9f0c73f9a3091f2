package fi.osaava.membership.identity;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The coordinator's first client, from configuration: without it nobody could create the others once
 * the API demands tokens. Applied at every start, so changing the configured secret rotates it.
 */
@Component
class CoordinatorClientBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CoordinatorClientBootstrap.class);

    private final IdentityProperties properties;
    private final ClientManagement clients;

    CoordinatorClientBootstrap(IdentityProperties properties, ClientManagement clients) {
        this.properties = properties;
        this.clients = clients;
    }

    @Override
    public void run(ApplicationArguments args) {
        IdentityProperties.Coordinator coordinator = properties.coordinator();
        String secret = coordinator.clientSecret();
        if (secret == null || secret.isBlank()) {
            log.warn("osaava.identity.coordinator.client-secret is not set: no coordinator client '{}' is created "
                    + "or updated", coordinator.clientId());
            return;
        }
        clients.ensure(coordinator.clientId(), secret, coordinator.organisationId(), List.of(Role.COORDINATOR));
    }
}
