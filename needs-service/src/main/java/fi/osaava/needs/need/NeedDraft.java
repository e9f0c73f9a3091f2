package fi.osaava.needs.need;

import java.util.List;

/** What a reporting organisation states about a need, new or corrected. */
public record NeedDraft(String reportingOrganisationId, String region, List<String> competenceAreas,
                        TargetGroup targetGroup, String title, String description, int estimatedLearners,
                        Horizon horizon, DesiredTiming desiredTiming) {

    public NeedDraft {
        competenceAreas = List.copyOf(competenceAreas);
    }
}
