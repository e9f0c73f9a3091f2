package fi.osaava.catalogue.thesis.web;

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

import fi.osaava.catalogue.thesis.DegreeLevel;
import fi.osaava.catalogue.thesis.StudyField;
import fi.osaava.catalogue.thesis.ThesisTopicManagement;
import fi.osaava.catalogue.thesis.ThesisTopicSearch;
import fi.osaava.catalogue.thesis.ThesisTopicStatus;
import fi.osaava.kit.reference.CompetenceAreaCode;
import fi.osaava.kit.reference.RegionCode;
import fi.osaava.kit.search.SearchResult;
import fi.osaava.kit.security.Actors;
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

    private final ThesisTopicManagement topics;

    ThesisTopicController(ThesisTopicManagement topics) {
        this.topics = topics;
    }

    record StatusChange(@NotNull @Nullable ThesisTopicStatus status) {
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('MEMBER', 'COORDINATOR')")
    @Operation(summary = "Offer a thesis topic of the caller's organisation; it is OPEN at once")
    ResponseEntity<ThesisTopicView> open(@Valid @RequestBody ThesisTopicRequest request) {
        ThesisTopicView created = ThesisTopicView.of(topics.open(Actors.current().organisationId(), request.toDraft()), true);
        return ResponseEntity.created(URI.create("/api/thesis-topics/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('MEMBER', 'COORDINATOR')")
    @Operation(summary = "Replace the content of the caller's organisation's topic (404 for another's, 409 when CLOSED)")
    ThesisTopicView revise(@PathVariable String id, @Valid @RequestBody ThesisTopicRequest request) {
        return ThesisTopicView.of(topics.revise(id, Actors.current().organisationId(), request.toDraft()), true);
    }

    @PostMapping("/{id}/status")
    @PreAuthorize("hasAnyRole('MEMBER', 'COORDINATOR')")
    @Operation(summary = "OPEN ↔ TAKEN, either → CLOSED; CLOSED is final (409)")
    @SuppressWarnings("NullAway")
    ThesisTopicView changeStatus(@PathVariable String id, @Valid @RequestBody StatusChange change) {
        return ThesisTopicView.of(topics.changeStatus(id, Actors.current().organisationId(), change.status()), true);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One topic (anyone; the contact person only with a token)")
    ThesisTopicView get(@PathVariable String id) {
        return ThesisTopicView.of(topics.get(id), signedIn());
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
        boolean signedIn = signedIn();
        return topics.search(new ThesisTopicSearch(q, field, degreeLevel, competenceArea, region, status,
                        organisationId, "newest".equals(order)), page)
                .map(topic -> ThesisTopicView.of(topic, signedIn));
    }

    private static boolean signedIn() {
        return Actors.optional().isPresent();
    }
}
