package fi.osaava.needs.need.web;

import java.util.List;

import fi.osaava.needs.need.Horizon;
import fi.osaava.needs.need.NeedStatus;
import fi.osaava.needs.need.SimilarNeed;
import fi.osaava.needs.need.TargetGroup;

/** A need to consider endorsing: what it is, how much demand it already has, and what it shares with the new one. */
record SimilarNeedView(String id, String reportingOrganisationId, String title, String region, TargetGroup targetGroup,
                       List<String> competenceAreas, Horizon horizon, NeedStatus status, int totalDemand,
                       int endorsements, List<String> sameAreas, List<String> relatedAreas) {

    static SimilarNeedView of(SimilarNeed similar) {
        var need = similar.need();
        return new SimilarNeedView(need.id(), need.reportingOrganisationId(), need.title(), need.region(),
                need.targetGroup(), need.competenceAreas(), need.horizon(), need.status(), need.totalDemand(),
                need.endorsements().size(), similar.sameAreas(), similar.relatedAreas());
    }
}
