package fi.osaava.needs.need.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.security.Actors;
import fi.osaava.needs.need.CompetenceNeed;
import fi.osaava.needs.need.CoveringOffering;
import fi.osaava.needs.need.NeedManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** What other organisations and the coordinator do with a published need: endorse, answer, prioritise. */
@RestController
@RequestMapping("/api/needs/{id}")
@Tag(name = "Competence needs")
class NeedParticipationController {

    private final NeedManagement needs;

    NeedParticipationController(NeedManagement needs) {
        this.needs = needs;
    }

    @PutMapping("/endorsements/mine")
    @Operation(summary = "\"We need this too\": the caller's organisation endorses an open need with its own head count; repeating it is safe, a new head count replaces the old")
    NeedView endorse(@PathVariable String id, @Valid @RequestBody NeedRequests.EndorsementRequest body) {
        ActedBy actedBy = Actors.current().actedBy();
        return NeedView.of(needs.endorse(id, required(body.learners()), body.comment() == null ? "" : body.comment().strip(),
                actedBy));
    }

    @DeleteMapping("/endorsements/mine")
    @Operation(summary = "Withdraw the caller's endorsement; withdrawing one that is not there changes nothing")
    ResponseEntity<Void> withdrawEndorsement(@PathVariable String id) {
        needs.withdrawEndorsement(id, Actors.current().actedBy());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/answers")
    @Operation(summary = "An education provider answers an open need with one of its own published offerings (kind OFFERING) or a plan (kind PLAN, with expectedStart); the reporter and endorsers are told")
    NeedView.AnswerView answer(@PathVariable String id, @Valid @RequestBody NeedRequests.AnswerRequest body) {
        return NeedView.AnswerView.of(needs.answer(id, required(body.kind()), body.offeringId(),
                required(body.message()).strip(), body.expectedStart(), Actors.current().actedBy()));
    }

    @PutMapping("/priority")
    @Operation(summary = "The coordinator sets, changes or clears (priority null) a need's priority, always with a reason; the history is kept")
    NeedView prioritise(@PathVariable String id, @Valid @RequestBody NeedRequests.PriorityChange body) {
        return NeedView.of(needs.prioritise(id, body.priority(), required(body.reason()).strip(), Actors.current().actedBy()));
    }

    @GetMapping("/coverage")
    @Operation(summary = "The published offerings that cover the need, each with the need's areas it covers, and the areas nothing covers")
    CoverageView coverage(@PathVariable String id) {
        CompetenceNeed need = needs.get(id, Actors.current().organisationId());
        return new CoverageView(need.id(), need.status().name(), need.coveringOfferings(),
                need.status().isOpen() ? need.uncoveredAreas() : List.of());
    }

    record CoverageView(String needId, String status, List<CoveringOffering> coveringOfferings, List<String> uncoveredAreas) {
    }

    /** Bean validation has run; the value is present. */
    @SuppressWarnings("NullAway")
    private static <T> T required(@Nullable T value) {
        return value;
    }
}
