package fi.osaava.needs.need.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.needs.need.Answer;
import fi.osaava.needs.need.CompetenceNeed;
import fi.osaava.needs.need.CoveringOffering;
import fi.osaava.needs.need.Endorsement;
import fi.osaava.needs.need.Horizon;
import fi.osaava.needs.need.NeedStatus;
import fi.osaava.needs.need.Priority;
import fi.osaava.needs.need.PriorityDecision;
import fi.osaava.needs.need.TargetGroup;

/** A need as the API shows it: its content, demand, priority, endorsements, answers and coverage. */
record NeedView(String id, String reportingOrganisationId, String region, List<String> competenceAreas,
                TargetGroup targetGroup, String title, String description, int estimatedLearners, int totalDemand,
                Horizon horizon, @Nullable LocalDate earliestStart, @Nullable LocalDate latestStart, NeedStatus status,
                @Nullable Priority priority, List<PriorityDecisionView> priorityHistory,
                List<EndorsementView> endorsements, List<AnswerView> answers, List<CoveringOffering> coveringOfferings,
                List<String> uncoveredAreas, Instant createdAt, @Nullable Instant updatedAt, @Nullable Instant publishedAt,
                @Nullable Instant coveredAt, @Nullable Instant endedAt, @Nullable String endReason) {

    static NeedView of(CompetenceNeed need) {
        return new NeedView(need.id(), need.reportingOrganisationId(), need.region(), need.competenceAreas(),
                need.targetGroup(), need.title(), need.description(), need.estimatedLearners(), need.totalDemand(),
                need.horizon(), need.desiredTiming().earliestStart(), need.desiredTiming().latestStart(), need.status(),
                need.priority(), need.priorityHistory().stream().map(PriorityDecisionView::of).toList(),
                need.endorsements().stream().map(EndorsementView::of).toList(),
                need.answers().stream().map(AnswerView::of).toList(), need.coveringOfferings(),
                need.status().isOpen() ? need.uncoveredAreas() : List.of(), need.createdAt(), need.updatedAt(),
                need.publishedAt(), need.coveredAt(), need.endedAt(), need.endReason());
    }

    record PriorityDecisionView(@Nullable Priority priority, String reason, Instant decidedAt, String decidedBy) {
        static PriorityDecisionView of(PriorityDecision decision) {
            return new PriorityDecisionView(decision.priority(), decision.reason(), decision.decidedAt(),
                    decision.decidedBy().organisationId());
        }
    }

    record EndorsementView(String organisationId, int learners, String comment, Instant endorsedAt) {
        static EndorsementView of(Endorsement endorsement) {
            return new EndorsementView(endorsement.organisationId(), endorsement.learners(), endorsement.comment(),
                    endorsement.endorsedAt());
        }
    }

    record AnswerView(String answerId, String organisationId, String kind, @Nullable String offeringId, String message,
                      @Nullable LocalDate expectedStart, Instant answeredAt) {
        static AnswerView of(Answer answer) {
            return new AnswerView(answer.answerId(), answer.organisationId(), answer.kind().name(), answer.offeringId(),
                    answer.message(), answer.expectedStart(), answer.answeredAt());
        }
    }
}
