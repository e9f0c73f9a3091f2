package fi.osaava.catalogue.network.web;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.catalogue.network.NetworkKind;
import fi.osaava.catalogue.network.NetworkManagement;
import fi.osaava.catalogue.network.NetworkSearch;
import fi.osaava.kit.reference.CompetenceAreaCode;
import fi.osaava.kit.reference.RegionCode;
import fi.osaava.kit.search.SearchResult;
import fi.osaava.kit.security.Actors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/networks")
@Tag(name = "Expert and supervisor networks")
@Validated
class NetworkController {

    private final NetworkManagement networks;

    NetworkController(NetworkManagement networks) {
        this.networks = networks;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('MEMBER', 'COORDINATOR')")
    @Operation(summary = "Start a network hosted by the caller's organisation")
    ResponseEntity<NetworkView> start(@Valid @RequestBody NetworkRequest request) {
        NetworkView created = NetworkView.of(networks.start(Actors.current().organisationId(), request.toDraft()), true);
        return ResponseEntity.created(URI.create("/api/networks/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('MEMBER', 'COORDINATOR')")
    @Operation(summary = "Replace the content of the caller's organisation's network (404 for another's, 409 when closed)")
    NetworkView revise(@PathVariable String id, @Valid @RequestBody NetworkRequest request) {
        return NetworkView.of(networks.revise(id, Actors.current().organisationId(), request.toDraft()), true);
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasAnyRole('MEMBER', 'COORDINATOR')")
    @Operation(summary = "Close the caller's organisation's network; it leaves the default search")
    NetworkView close(@PathVariable String id) {
        return NetworkView.of(networks.close(id, Actors.current().organisationId()), true);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One network (anyone; the contact person only with a token)")
    NetworkView get(@PathVariable String id) {
        return NetworkView.of(networks.get(id), signedIn());
    }

    @GetMapping
    @Operation(summary = "Search networks: free text in any language, kind, competence area (with its narrower "
            + "areas), region; active ones unless includeClosed=true; order=relevance (default with q) or newest")
    SearchResult<NetworkView> search(
            @RequestParam(required = false) @Size(max = 200) @Nullable String q,
            @RequestParam(required = false) @Nullable NetworkKind kind,
            @RequestParam(required = false) @CompetenceAreaCode @Nullable String competenceArea,
            @RequestParam(required = false) @RegionCode @Nullable String region,
            @RequestParam(defaultValue = "false") boolean includeClosed,
            @RequestParam(defaultValue = "relevance") @Pattern(regexp = "relevance|newest") String order,
            Pageable page) {
        boolean signedIn = signedIn();
        return networks.search(new NetworkSearch(q, kind, competenceArea, region, includeClosed, "newest".equals(order)),
                page).map(network -> NetworkView.of(network, signedIn));
    }

    private static boolean signedIn() {
        return Actors.optional().isPresent();
    }
}
