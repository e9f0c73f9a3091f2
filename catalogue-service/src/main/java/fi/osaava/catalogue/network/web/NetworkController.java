package fi.osaava.catalogue.network.web;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.catalogue.listing.HostedItemApi;
import fi.osaava.catalogue.network.ExpertNetwork;
import fi.osaava.catalogue.network.NetworkKind;
import fi.osaava.catalogue.network.NetworkManagement;
import fi.osaava.catalogue.network.NetworkSearch;
import fi.osaava.kit.reference.CompetenceAreaCode;
import fi.osaava.kit.reference.RegionCode;
import fi.osaava.kit.search.SearchResult;
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

    private static final HostedItemApi<ExpertNetwork, NetworkView> API =
            new HostedItemApi<>("/api/networks", NetworkView::of);

    private final NetworkManagement networks;

    NetworkController(NetworkManagement networks) {
        this.networks = networks;
    }

    @PostMapping
    @Operation(summary = "Start a network hosted by the caller's organisation")
    ResponseEntity<NetworkView> start(@Valid @RequestBody NetworkRequest request) {
        return API.created(networks.start(HostedItemApi.host(), request.toDraft()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace the content of the caller's organisation's network (404 for another's, 409 when closed)")
    NetworkView revise(@PathVariable String id, @Valid @RequestBody NetworkRequest request) {
        return API.toHost(networks.revise(id, HostedItemApi.host(), request.toDraft()));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close the caller's organisation's network; it leaves the default search")
    NetworkView close(@PathVariable String id) {
        return API.toHost(networks.close(id, HostedItemApi.host()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One network (anyone; the contact person only with a token)")
    NetworkView get(@PathVariable String id) {
        return API.toCaller(networks.get(id));
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
        return API.toCaller(networks.search(
                new NetworkSearch(q, kind, competenceArea, region, includeClosed, "newest".equals(order)), page));
    }
}
