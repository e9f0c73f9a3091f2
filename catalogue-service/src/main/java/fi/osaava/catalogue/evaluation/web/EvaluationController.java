package fi.osaava.catalogue.evaluation.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.catalogue.evaluation.EvaluationManagement;
import fi.osaava.catalogue.evaluation.EvaluationReports;
import fi.osaava.kit.security.Actors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@Tag(name = "Evaluations")
class EvaluationController {

    private final EvaluationManagement evaluations;
    private final EvaluationReports reports;

    EvaluationController(EvaluationManagement evaluations, EvaluationReports reports) {
        this.evaluations = evaluations;
        this.reports = reports;
    }

    @PostMapping("/api/offerings/{offeringId}/evaluations")
    @Operation(summary = "Rate an ended offering for the caller's organisation (again: replaces its rating) → 200; "
            + "409 before it has ended; 403 for its provider and, on a FUNDED offering, for non-participants")
    @SuppressWarnings("NullAway")
    EvaluationView evaluate(@PathVariable String offeringId, @Valid @RequestBody EvaluationRequest request) {
        return EvaluationView.of(evaluations.evaluate(offeringId, request.rating(), request.comment(),
                request.participants(), Actors.current()));
    }

    @GetMapping("/api/offerings/{offeringId}/evaluations")
    @Operation(summary = "Every evaluation of an offering, latest first: its provider and the coordinator only")
    List<EvaluationView> list(@PathVariable String offeringId) {
        return evaluations.list(offeringId, Actors.current()).stream().map(EvaluationView::of).toList();
    }

    @GetMapping("/api/evaluation-reports/providers/{organisationId}")
    @Operation(summary = "A provider's report (the provider itself or the coordinator): offerings published, "
            + "pre-registrations, seats used, ratings, average, latest comments; from/to bound the offerings' start")
    ProviderReportView ofProvider(@PathVariable String organisationId, @RequestParam(required = false) @Nullable Instant from,
                                  @RequestParam(required = false) @Nullable Instant to) {
        return ProviderReportView.of(organisationId, from, to,
                reports.ofProvider(organisationId, from, to, Actors.current()));
    }

    @GetMapping("/api/evaluation-reports/categories")
    @Operation(summary = "The report per category (coordinator); from/to bound the offerings' start")
    CategoryReportView byCategory(@RequestParam(required = false) @Nullable Instant from, @RequestParam(required = false) @Nullable Instant to) {
        return new CategoryReportView(from, to, reports.byCategory(from, to, Actors.current()));
    }
}
