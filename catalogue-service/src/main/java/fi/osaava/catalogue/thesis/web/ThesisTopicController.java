package fi.osaava.catalogue.thesis.web;

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
import fi.osaava.catalogue.thesis.DegreeLevel;
import fi.osaava.catalogue.thesis.StudyField;
import fi.osaava.catalogue.thesis.ThesisTopic;
import fi.osaava.catalogue.thesis.ThesisTopicManagement;
import fi.osaava.catalogue.thesis.ThesisTopicSearch;
import fi.osaava.catalogue.thesis.ThesisTopicStatus;
import fi.osaava.kit.reference.CompetenceAreaCode;
import fi.osaava.kit.reference.RegionCode;
import fi.osaava.kit.search.SearchResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/thesis-topics")
@Tag(name = "Thesis topics")
@Validated
class ThesisTopicController {

    private static final HostedItemApi<ThesisTopic, ThesisTopicView> API =
            new HostedItemApi<>("/api/thesis-topics", ThesisTopicView::of);

    private final ThesisTopicManagement topics;

    ThesisTopicController(ThesisTopicManagement topics) {
        this.topics = topics;
    }

    record StatusChange(@NotNull @Nullable ThesisTopicStatus status) {
    }

    @PostMapping
    @Operation(summary = "Offer a thesis topic of the caller's organisation; it is OPEN at once")
    ResponseEntity<ThesisTopicView> open(@Valid @RequestBody ThesisTopicRequest request) {
        return API.created(topics.open(HostedItemApi.host(), request.toDraft()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace the content of the caller's organisation's topic (404 for another's, 409 when CLOSED)")
    ThesisTopicView revise(@PathVariable String id, @Valid @RequestBody ThesisTopicRequest request) {
        return API.toHost(topics.revise(id, HostedItemApi.host(), request.toDraft()));
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "OPEN ↔ TAKEN, either → CLOSED; CLOSED is final (409)")
    @SuppressWarnings("NullAway")
    ThesisTopicView changeStatus(@PathVariable String id, @Valid @RequestBody StatusChange change) {
        return API.toHost(topics.changeStatus(id, HostedItemApi.host(), change.status()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One topic (anyone; the contact person only with a token)")
    ThesisTopicView get(@PathVariable String id) {
        return API.toCaller(topics.get(id));
    }

    @GetMapping
    @Operation(summary = "Search topics: free text in any language (inflected Finnish words find their base form), "
            + "filters, paging (?page=&size=), order=relevance (default with q) or newest")
    SearchResult<ThesisTopicView> search(
            @RequestParam(required = false) @Size(max = 200) @Nullable String q,
            @RequestParam(required = false) @Nullable StudyField field,
            @RequestParam(required = false) @Nullable DegreeLevel degreeLevel,
            @RequestParam(required = false) @CompetenceAreaCode @Nullable String competenceArea,
            @RequestParam(required = false) @RegionCode @Nullable String region,
            @RequestParam(required = false) @Nullable ThesisTopicStatus status,
            @RequestParam(required = false) @Nullable String organisationId,
            @RequestParam(defaultValue = "relevance") @Pattern(regexp = "relevance|newest") String order,
            Pageable page) {
        return API.toCaller(topics.search(new ThesisTopicSearch(q, field, degreeLevel, competenceArea, region, status,
                organisationId, "newest".equals(order)), page));
    }
}
