package fi.osaava.portal.needs;

import java.util.List;

/** An open need like the one being reported: endorse it instead of reporting the same again. */
public record SimilarNeed(String id, String reportingOrganisationId, String title, String region, String targetGroup,
                          List<String> competenceAreas, String horizon, String status, int totalDemand,
                          int endorsements, List<String> sameAreas) {
}
