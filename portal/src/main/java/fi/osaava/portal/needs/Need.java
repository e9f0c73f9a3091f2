package fi.osaava.portal.needs;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A need as needs-service shows it; only what the pages use (other fields are ignored). */
public record Need(String id, String reportingOrganisationId, String region, List<String> competenceAreas,
                   String targetGroup, String title, @Nullable String description, int estimatedLearners,
                   int totalDemand, String horizon, @Nullable LocalDate earliestStart, @Nullable LocalDate latestStart,
                   String status, List<Endorsement> endorsements, List<Answer> answers,
                   List<CoveringOffering> coveringOfferings, List<String> uncoveredAreas) {

    public record Endorsement(String organisationId, int learners, @Nullable String comment) {
    }

    public record Answer(String organisationId, String kind, @Nullable String offeringId, @Nullable String message,
                         @Nullable LocalDate expectedStart) {
    }

    public record CoveringOffering(String offeringId, String title, List<String> coveredAreas) {
    }

    public Need {
        endorsements = endorsements == null ? List.of() : endorsements;
        answers = answers == null ? List.of() : answers;
        coveringOfferings = coveringOfferings == null ? List.of() : coveringOfferings;
        uncoveredAreas = uncoveredAreas == null ? List.of() : uncoveredAreas;
    }

    public boolean isOpen() {
        return List.of("PUBLISHED", "ANSWERED", "COVERED").contains(status);
    }

    /** Whether this organisation has endorsed the need already. */
    public boolean endorsedBy(@Nullable String organisationId) {
        return endorsements.stream().anyMatch(endorsement -> endorsement.organisationId().equals(organisationId));
    }
}
