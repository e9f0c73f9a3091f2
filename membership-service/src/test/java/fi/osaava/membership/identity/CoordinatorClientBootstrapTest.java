package fi.osaava.membership.identity;

import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

class CoordinatorClientBootstrapTest {

    final ClientManagement clients = mock(ClientManagement.class);

    @Test
    void ensuresTheCoordinatorClientWithTheConfiguredSecret() {
        bootstrap("s3cret").run(new DefaultApplicationArguments());

        verify(clients).ensure("coordinator", "s3cret", "the-coordinators-org", List.of(Role.COORDINATOR));
    }

    @Test
    void createsNoClientWithoutAConfiguredSecret() {
        bootstrap(null).run(new DefaultApplicationArguments());
        bootstrap(" ").run(new DefaultApplicationArguments());

        verify(clients, never()).ensure(anyString(), anyString(), anyString(), anyList());
    }

    private CoordinatorClientBootstrap bootstrap(@Nullable String secret) {
        IdentityProperties properties = new IdentityProperties("http://localhost:8081", "osaava",
                Duration.ofMinutes(15), new IdentityProperties.Coordinator("coordinator", secret, "the-coordinators-org"));
        return new CoordinatorClientBootstrap(properties, clients);
    }
}
