package fi.osaava.membership.organisation.web;

import java.net.URI;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.Actors;
import fi.osaava.membership.organisation.Organisation;
import fi.osaava.membership.organisation.OrganisationManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/organisations")
@Tag(name = "Organisations")
class OrganisationController {

    private final OrganisationManagement organisations;

    OrganisationController(OrganisationManagement organisations) {
        this.organisations = organisations;
    }

    @PostMapping
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Register an organisation as an active member (platform coordinator only); with "
            + "ecosystemId it is active in that ecosystem at once, in the given ring")
    ResponseEntity<OrganisationView> register(@Valid @RequestBody OrganisationRequest request) {
        String ecosystemId = request.ecosystemId();
        OrganisationView created = OrganisationView.of(ecosystemId == null
                ? organisations.register(request.toProfile(), Actors.current().actedBy())
                : organisations.register(request.toProfile(), ecosystemId, Actors.current().actedBy()));
        return ResponseEntity.created(URI.create("/api/organisations/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation: the whole record for the coordinator and the organisation itself, "
            + "the public card (name, type, ring, regions, areas) for anyone else")
    Object get(@PathVariable String id) {
        return viewFor(organisations.get(id));
    }

    @GetMapping
    @Operation(summary = "The member list: every record for the coordinator, public cards of active members for anyone else")
    List<Object> list(Pageable page) {
        boolean coordinator = Actors.optional().map(Actor::isCoordinator).orElse(false);
        return organisations.list(!coordinator, page).stream().map(OrganisationController::viewFor).toList();
    }

    /** Contact data and business ids only to the coordinator and to the organisation itself. */
    private static Object viewFor(Organisation organisation) {
        boolean mayReadAll = Actors.optional()
                .map(actor -> actor.isCoordinator() || actor.actsFor(organisation.id())).orElse(false);
        return mayReadAll ? OrganisationView.of(organisation) : PublicOrganisationView.of(organisation);
    }
}
