package fi.osaava.membership.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import fi.osaava.kit.domain.NotFoundException;
import fi.osaava.membership.organisation.OrganisationManagement;

class ClientManagementTest {

    static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

    final Clients clients = mock(Clients.class);
    final OrganisationManagement organisations = mock(OrganisationManagement.class);
    final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    final ClientManagement management = new ClientManagement(clients, organisations, encoder,
            Clock.fixed(NOW, ZoneOffset.UTC), event -> { });

    @Test
    void createsAMissingClientWithOnlyTheHashOfItsSecret() {
        when(clients.findById("coordinator")).thenReturn(Optional.empty());

        management.ensure("coordinator", "s3cret", "coordinator", List.of(Role.COORDINATOR));

        Client created = captureInserted();
        assertThat(created.secretHash()).startsWith("{bcrypt}").doesNotContain("s3cret");
        assertThat(encoder.matches("s3cret", created.secretHash())).isTrue();
        assertThat(created.roles()).containsExactly(Role.COORDINATOR);
        assertThat(created.createdAt()).isEqualTo(NOW);
    }

    @Test
    void leavesAClientAloneWhenItAlreadyHasTheConfiguredSecret() {
        Client existing = Client.register("coordinator", encoder.encode("s3cret"), "coordinator",
                List.of(Role.COORDINATOR), NOW);
        when(clients.findById("coordinator")).thenReturn(Optional.of(existing));

        management.ensure("coordinator", "s3cret", "coordinator", List.of(Role.COORDINATOR));

        verify(clients, never()).save(any());
        verify(clients, never()).insert(any(Client.class));
    }

    @Test
    void replacesTheHashWhenTheConfiguredSecretChanged() {
        Client existing = Client.register("coordinator", encoder.encode("old"), "coordinator",
                List.of(Role.COORDINATOR), NOW);
        when(clients.findById("coordinator")).thenReturn(Optional.of(existing));

        management.ensure("coordinator", "new", "coordinator", List.of(Role.COORDINATOR));

        verify(clients).save(existing);
        assertThat(encoder.matches("new", existing.secretHash())).isTrue();
        assertThat(encoder.matches("old", existing.secretHash())).isFalse();
    }

    @Test
    void adoptsTheClientAnotherInstanceCreatedMeanwhile() {
        Client createdElsewhere = Client.register("coordinator", encoder.encode("s3cret"), "coordinator",
                List.of(Role.COORDINATOR), NOW);
        when(clients.findById("coordinator")).thenReturn(Optional.empty(), Optional.of(createdElsewhere));
        when(clients.insert(any(Client.class))).thenThrow(new DuplicateKeyException("E11000"));

        management.ensure("coordinator", "s3cret", "coordinator", List.of(Role.COORDINATOR));

        verify(clients, never()).save(any());
    }

    @Test
    void aClientForAnUnknownOrganisationIsNotCreated() {
        when(organisations.get("nope")).thenThrow(new NotFoundException("Organisation", "nope"));

        assertThatThrownBy(() -> management.createSystemClient("nope")).isInstanceOf(NotFoundException.class);
        verify(clients, never()).insert(any(Client.class));
    }

    private Client captureInserted() {
        ArgumentCaptor<Client> inserted = ArgumentCaptor.forClass(Client.class);
        verify(clients).insert(inserted.capture());
        return inserted.getValue();
    }
}
