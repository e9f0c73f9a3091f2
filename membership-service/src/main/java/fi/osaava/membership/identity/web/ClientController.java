package fi.osaava.membership.identity.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.membership.identity.ClientManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The coordinator's admin API for an organisation's machine clients: coordinator only
 * ({@link fi.osaava.membership.identity.IdentityAccess}).
 */
@RestController
@RequestMapping("/api/organisations/{organisationId}/clients")
@Tag(name = "Clients")
class ClientController {

    private final ClientManagement clients;

    ClientController(ClientManagement clients) {
        this.clients = clients;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a system client for the organisation; the secret is in this response only")
    IssuedClientView create(@PathVariable String organisationId) {
        return IssuedClientView.of(clients.createSystemClient(organisationId));
    }

    @PostMapping("/{clientId}/revoke")
    @Operation(summary = "Revoke a client: no more tokens; tokens it holds run out within their lifetime (15 min)")
    ClientView revoke(@PathVariable String organisationId, @PathVariable String clientId) {
        return ClientView.of(clients.revoke(organisationId, clientId));
    }

    @GetMapping
    @Operation(summary = "The organisation's clients, without secrets")
    List<ClientView> list(@PathVariable String organisationId) {
        return clients.clientsOf(organisationId).stream().map(ClientView::of).toList();
    }
}
