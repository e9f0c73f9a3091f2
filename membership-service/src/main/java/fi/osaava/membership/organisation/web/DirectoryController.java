package fi.osaava.membership.organisation.web;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.kit.security.Actors;
import fi.osaava.membership.organisation.DirectoryAudience;
import fi.osaava.membership.organisation.DirectoryFilter;
import fi.osaava.membership.organisation.Organisation;
import fi.osaava.membership.organisation.OrganisationManagement;
import fi.osaava.membership.organisation.OrganisationType;
import fi.osaava.membership.organisation.Ring;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/directory")
@Tag(name = "Member directory")
class DirectoryController {

    private final OrganisationManagement organisations;

    DirectoryController(OrganisationManagement organisations) {
        this.organisations = organisations;
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
        Function<Organisation, DirectoryAudience> audience = organisations.directoryAudience(Actors.optional(), ecosystem);
        List<Organisation> found = organisations.directory(
                new DirectoryFilter(ecosystem, type, ring, region, competenceArea), page);
        return found.stream().map(o -> DirectoryEntry.of(o, ecosystem, audience.apply(o))).toList();
    }
}
