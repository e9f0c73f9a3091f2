package fi.osaava.membership.organisation.web;

import java.net.URI;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.kit.security.Actors;
import fi.osaava.kit.web.RequestBodies;
import fi.osaava.membership.organisation.Organisation;
import fi.osaava.membership.organisation.OrganisationManagement;
import fi.osaava.membership.organisation.ProfileEdit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/organisations")
@Tag(name = "Organisations")
class OrganisationController {

    private final OrganisationManagement organisations;
    private final RequestBodies bodies;

    OrganisationController(OrganisationManagement organisations, RequestBodies bodies) {
        this.organisations = organisations;
        this.bodies = bodies;
    }

    @PostMapping
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

    @PutMapping("/{id}/profile")
    @Operation(summary = "Change the organisation's profile (the organisation itself or the coordinator): regions, "
            + "competence areas offered and of interest, target groups, contact e-mail, website, with the revision "
            + "the change was made on; name, business id, type and ring stay. 200 with the whole record; 409 when "
            + "the organisation changed since that revision; 404 for another organisation")
    OrganisationView changeProfile(@PathVariable String id, @RequestBody ProfileRequest request) {
        return OrganisationView.of(organisations.changeProfile(id, () -> edit(request), Actors.current()));
    }

    @SuppressWarnings("NullAway")
    private ProfileEdit edit(ProfileRequest request) {
        ProfileRequest valid = bodies.valid(request);
        return new ProfileEdit(valid.toChange(), valid.revision());
    }

    @GetMapping
    @Operation(summary = "The member list: every record for the coordinator, public cards of active members for anyone else")
    List<Object> list(Pageable page) {
        return organisations.list(Actors.optional(), page).stream().map(this::viewFor).toList();
    }

    /** Contact data and business ids only to the coordinator and to the organisation itself. */
    private Object viewFor(Organisation organisation) {
        return organisations.readsWhole(organisation.id(), Actors.optional()) ? OrganisationView.of(organisation)
                : PublicOrganisationView.of(organisation);
    }
}
