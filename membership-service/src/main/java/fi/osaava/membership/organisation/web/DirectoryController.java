package fi.osaava.membership.organisation.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.Actors;
import fi.osaava.membership.ecosystem.EcosystemManagement;
import fi.osaava.membership.organisation.DirectoryFilter;
import fi.osaava.membership.organisation.Organisation;
import fi.osaava.membership.organisation.OrganisationManagement;
import fi.osaava.membership.organisation.OrganisationType;
import fi.osaava.membership.organisation.Participation;
import fi.osaava.membership.organisation.Ring;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/directory")
@Tag(name = "Member directory")
class DirectoryController {

    private final OrganisationManagement organisations;
    private final EcosystemManagement ecosystems;

    DirectoryController(OrganisationManagement organisations, EcosystemManagement ecosystems) {
        this.organisations = organisations;
        this.ecosystems = ecosystems;
    }

    @GetMapping
    @Operation(summary = "Active participants (of one ecosystem, or of any), by type, ring there, region and competence "
            + "area offered (narrower concepts included). Public cards for anyone; listed contact persons for members; "
            + "everything for the ecosystem's coordinator")
    List<DirectoryEntry> directory(@RequestParam(required = false) @Nullable String ecosystem,
                                   @RequestParam(required = false) @Nullable OrganisationType type,
                                   @RequestParam(required = false) @Nullable Ring ring,
                                   @RequestParam(required = false) @Nullable String region,
                                   @RequestParam(required = false) @Nullable String competenceArea, Pageable page) {
        Optional<Actor> actor = Actors.optional();
        Set<String> coordinated = actor.map(a -> ecosystems.coordinatedBy(a.organisationId())).orElse(Set.of());
        List<Organisation> found = organisations.directory(
                new DirectoryFilter(ecosystem, type, ring, region, competenceArea), page);
        return found.stream().map(o -> DirectoryEntry.of(o, ecosystem, audience(actor, coordinated, o, ecosystem)))
                .toList();
    }

    private static DirectoryEntry.Audience audience(Optional<Actor> actor, Set<String> coordinated, Organisation o,
                                                    @Nullable String ecosystem) {
        if (actor.isEmpty()) {
            return DirectoryEntry.Audience.PUBLIC;
        }
        boolean coordinates = actor.get().isCoordinator() || o.participations().stream()
                .filter(Participation::isActive).map(Participation::ecosystemId)
                .filter(id -> ecosystem == null || id.equals(ecosystem)).anyMatch(coordinated::contains);
        if (coordinates) {
            return DirectoryEntry.Audience.COORDINATOR;
        }
        return actor.get().roles().contains(Actor.MEMBER) ? DirectoryEntry.Audience.MEMBER
                : DirectoryEntry.Audience.PUBLIC;
    }
}
