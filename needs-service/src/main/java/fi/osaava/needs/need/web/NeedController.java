package fi.osaava.needs.need.web;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.kit.reference.ReferenceData;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.Actors;
import fi.osaava.kit.domain.InvalidFieldException;
import fi.osaava.needs.need.Horizon;
import fi.osaava.needs.need.NeedFilter;
import fi.osaava.needs.need.NeedManagement;
import fi.osaava.needs.need.NeedStatus;
import fi.osaava.needs.need.Priority;
import fi.osaava.needs.need.TargetGroup;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/needs")
@Tag(name = "Competence needs")
class NeedController {

    private static final int MAX_SIMILAR = 10;

    private final NeedManagement needs;

    NeedController(NeedManagement needs) {
        this.needs = needs;
    }

    @GetMapping("/similar")
    @Operation(summary = "Before reporting a need: open needs in the same region and target group with a shared or related competence area, to endorse instead of duplicating")
    List<SimilarNeedView> similar(@RequestParam List<String> competenceAreas, @RequestParam String region,
                                  @RequestParam TargetGroup targetGroup) {
        ReferenceData reference = ReferenceData.get();
        competenceAreas.stream().filter(code -> !reference.isCompetenceArea(code)).findFirst().ifPresent(code -> {
            throw new InvalidFieldException("competenceAreas", "unknown competence area code: " + code);
        });
        if (!reference.isRegion(region)) {
            throw new InvalidFieldException("region", "unknown region code: " + region);
        }
        return needs.similarTo(competenceAreas, region, targetGroup, MAX_SIMILAR).stream().map(SimilarNeedView::of).toList();
    }

    @PostMapping
    @Operation(summary = "Create a need of the caller's organisation as a draft, or create and publish it at once with ?publish=true")
    ResponseEntity<NeedView> create(@Valid @RequestBody NeedRequest request,
                                    @RequestParam(defaultValue = "false") boolean publish) {
        Actor actor = Actors.current();
        NeedView created = NeedView.of(needs.create(request.toDraft(actor.organisationId()), publish, actor.actedBy()));
        return ResponseEntity.created(URI.create("/api/needs/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct the caller's own need (a draft or an open one); its coverage is computed again")
    NeedView update(@PathVariable String id, @Valid @RequestBody NeedRequest request) {
        Actor actor = Actors.current();
        return NeedView.of(needs.update(id, request.toDraft(actor.organisationId()), actor.actedBy()));
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish a draft need: the matching providers and producers are alerted; it is COVERED at once if an offering already covers it")
    NeedView publish(@PathVariable String id) {
        return NeedView.of(needs.publish(id, Actors.current().actedBy()));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "The reporter takes its need back (a draft or an open need), with a reason")
    NeedView withdraw(@PathVariable String id, @Valid @RequestBody NeedRequests.Reason body) {
        return NeedView.of(needs.withdraw(id, required(body.reason()), Actors.current().actedBy()));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close an open need that has been dealt with: its reporter, or the coordinator for any need")
    NeedView close(@PathVariable String id, @Valid @RequestBody NeedRequests.Reason body) {
        return NeedView.of(needs.close(id, required(body.reason()), Actors.current()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A published need, or a draft of the caller's organisation (members only)")
    NeedView get(@PathVariable String id) {
        return NeedView.of(needs.get(id, Actors.current().organisationId()));
    }

    @GetMapping
    @Operation(summary = "Needs the caller may see (all but other organisations' drafts), newest first; competenceArea includes its narrower areas")
    List<NeedView> list(@RequestParam(required = false) @Nullable Set<NeedStatus> status,
                        @RequestParam(required = false) @Nullable String competenceArea,
                        @RequestParam(required = false) @Nullable String region,
                        @RequestParam(required = false) @Nullable TargetGroup targetGroup,
                        @RequestParam(required = false) @Nullable Horizon horizon,
                        @RequestParam(required = false) @Nullable Priority priority,
                        @RequestParam(required = false) @Nullable String reportingOrganisationId,
                        Pageable page) {
        NeedFilter filter = new NeedFilter(status, areaWithNarrower(competenceArea), region, targetGroup, horizon,
                priority, reportingOrganisationId);
        return needs.list(filter, Actors.current().organisationId(), page).stream().map(NeedView::of).toList();
    }

    @GetMapping("/gaps")
    @Operation(summary = "The gap list: published needs nothing covers yet, by the coordinator's priority and then total demand; "
            + "limit: at most this many (the first of the list); headers X-Total-Count and X-Total-Learners: the whole list's "
            + "needs and the sum of their total demand")
    ResponseEntity<List<NeedView>> gaps(@RequestParam(required = false) @Nullable String competenceArea,
                                        @RequestParam(required = false) @Nullable String region,
                                        @RequestParam(required = false) @Nullable TargetGroup targetGroup,
                                        @RequestParam(required = false) @Nullable Horizon horizon,
                                        @RequestParam(required = false) @Nullable @jakarta.validation.constraints.Min(0) Integer limit) {
        NeedFilter filter = new NeedFilter(null, areaWithNarrower(competenceArea), region, targetGroup, horizon, null, null);
        List<fi.osaava.needs.need.CompetenceNeed> gaps = needs.gaps(filter);
        long learners = gaps.stream().mapToLong(fi.osaava.needs.need.CompetenceNeed::totalDemand).sum();
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(gaps.size()))
                .header("X-Total-Learners", String.valueOf(learners))
                .body(gaps.stream().limit(limit == null ? Long.MAX_VALUE : limit).map(NeedView::of).toList());
    }

    static @Nullable Set<String> areaWithNarrower(@Nullable String competenceArea) {
        if (competenceArea == null) {
            return null;
        }
        if (!ReferenceData.get().isCompetenceArea(competenceArea)) {
            throw new InvalidFieldException("competenceArea", "unknown competence area code: " + competenceArea);
        }
        return ReferenceData.get().withNarrower(competenceArea);
    }

    /** Bean validation has run; the reason is present. */
    @SuppressWarnings("NullAway")
    private static String required(@Nullable String value) {
        return value.strip();
    }
}
