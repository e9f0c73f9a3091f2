package fi.osaava.needs.need;

import java.util.List;

/** What a reporting organisation states about a new need. */
public record NeedDraft(String reportingOrganisationId, String region, List<String> competenceAreas,
                        TargetGroup targetGroup, String title, String description, int estimatedLearners,
                        Horizon horizon) {
}
