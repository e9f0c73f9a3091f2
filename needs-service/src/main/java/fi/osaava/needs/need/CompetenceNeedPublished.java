package fi.osaava.needs.need;

import java.time.Instant;
import java.util.List;

import fi.osaava.kit.event.ActedBy;

/** Body of {@value #TYPE}; its schema is in infra/contracts. */
public record CompetenceNeedPublished(String needId, String reportingOrganisationId, String region,
                                      List<String> competenceAreas, TargetGroup targetGroup, String title,
                                      String description, int estimatedLearners, Horizon horizon,
                                      Instant publishedAt, ActedBy actedBy) {

    public static final String TYPE = "fi.osaava.needs.competence-need.published.v1";
}
