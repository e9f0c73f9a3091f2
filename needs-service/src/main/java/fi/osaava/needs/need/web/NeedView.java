package fi.osaava.needs.need.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.needs.need.CompetenceNeed;
import fi.osaava.needs.need.Horizon;
import fi.osaava.needs.need.NeedStatus;
import fi.osaava.needs.need.TargetGroup;

record NeedView(String id, String reportingOrganisationId, String region, List<String> competenceAreas,
                TargetGroup targetGroup, String title, String description, int estimatedLearners, Horizon horizon,
                NeedStatus status, Instant createdAt, @Nullable Instant publishedAt) {

    static NeedView of(CompetenceNeed need) {
        return new NeedView(need.id(), need.reportingOrganisationId(), need.region(), need.competenceAreas(),
                need.targetGroup(), need.title(), need.description(), need.estimatedLearners(), need.horizon(),
                need.status(), need.createdAt(), need.publishedAt());
    }
}
