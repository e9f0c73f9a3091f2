package fi.osaava.catalogue.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fi.osaava.catalogue.preregistration.SeatCounts;
import fi.osaava.kit.security.Actor;

/**
 * Evaluation reports per provider and per category, over the offerings that reached PUBLISHED and start within
 * an optional window. Computed in Java over three bounded reads (the window's offerings, their seat ledgers,
 * their evaluations), the same on MongoDB and on the embedded store.
 */
@Service
public class EvaluationReports {

    static final int MAX_COMMENTS = 50;
    /** PirSOTE categories 1–4, in their order; stored as these names in {@code offerings.category}. */
    static final List<String> CATEGORIES = List.of("FREE_TRAINING_WEBINAR_TOOL", "PROVIDER_TRAINING",
            "CHANGE_SUPPORT", "PROJECT_EVENT");

    private final OfferingRecords offerings;
    private final SeatCounts seatCounts;
    private final Evaluations evaluations;
    private final EvaluationAccess access;

    EvaluationReports(OfferingRecords offerings, SeatCounts seatCounts, Evaluations evaluations,
                      EvaluationAccess access) {
        this.offerings = offerings;
        this.seatCounts = seatCounts;
        this.evaluations = evaluations;
        this.access = access;
    }

    /** For the provider itself and the coordinator. */
    public EvaluationReport ofProvider(String organisationId, @Nullable Instant from, @Nullable Instant to,
                                       Actor actor) {
        access.requireSeesProviderReport(organisationId, actor);
        return report(offerings.published(organisationId, from, to));
    }

    /** For the coordinator: every category, also those without offerings. */
    public Map<String, EvaluationReport> byCategory(@Nullable Instant from, @Nullable Instant to, Actor actor) {
        access.requireSeesCategoryReport(actor);
        Map<String, List<EvaluatedOffering>> grouped = offerings.published(null, from, to).stream()
                .collect(Collectors.groupingBy(o -> Objects.requireNonNullElse(o.category(), "UNKNOWN")));
        Map<String, EvaluationReport> reports = new LinkedHashMap<>();
        CATEGORIES.forEach(category -> reports.put(category, report(grouped.getOrDefault(category, List.of()))));
        grouped.forEach((category, some) -> reports.putIfAbsent(category, report(some)));
        return reports;
    }

    private EvaluationReport report(List<EvaluatedOffering> published) {
        if (published.isEmpty()) {
            return new EvaluationReport(0, 0, 0, 0, null, List.of());
        }
        List<String> ids = published.stream().map(EvaluatedOffering::id).toList();
        var seats = seatCounts.of(ids).values();
        List<Evaluation> rated = evaluations.ofOfferings(ids);
        Double average = rated.isEmpty() ? null : BigDecimal.valueOf(rated.stream().mapToInt(Evaluation::rating).sum())
                .divide(BigDecimal.valueOf(rated.size()), 2, RoundingMode.HALF_UP).doubleValue();
        List<EvaluationReport.Comment> comments = new ArrayList<>();
        for (Evaluation evaluation : rated) {
            String comment = evaluation.comment();
            if (comment != null && comments.size() < MAX_COMMENTS) {
                comments.add(new EvaluationReport.Comment(evaluation.offeringId(), evaluation.organisationId(),
                        evaluation.rating(), comment, evaluation.evaluatedAt()));
            }
        }
        return new EvaluationReport(published.size(),
                seats.stream().mapToLong(SeatCounts.Seats::preRegistrations).sum(),
                seats.stream().mapToLong(SeatCounts.Seats::committedSeats).sum(),
                rated.size(), average, comments);
    }
}
