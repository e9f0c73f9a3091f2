package fi.osaava.needs.need;

import java.time.Instant;
import java.util.List;

import fi.osaava.kit.event.EventType;

/**
 * The need's coverage grew: an offering covers it that did not, or a covering offering covers more of its
 * areas. Raised also when areas stay uncovered, so the reporter and the endorsers hear of an offering that
 * answers their need in part; it carries what they are told (who, what, where), so no lookups are needed.
 * {@code gainedOfferings} names only the offerings that gained, each with all the areas it covers now;
 * {@code status} and {@code uncoveredAreas} are the need's after the change.
 * <p>
 * One of the events a competence need raises on {@code needs.competence-needs.v1}; its JSON Schema and example are
 * in infra/contracts. Like every need event it carries the need id and the reporting organisation, so a consumer
 * needs no lookups.
 */
@EventType(NeedCoverageGained.TYPE)
public record NeedCoverageGained(String needId, String reportingOrganisationId, List<String> endorsingOrganisationIds,
                                 String title, String region, List<String> competenceAreas, TargetGroup targetGroup,
                                 NeedStatus status, List<CoveringOffering> gainedOfferings, List<String> uncoveredAreas,
                                 Instant gainedAt) {
    public static final String TYPE = "fi.osaava.needs.competence-need.coverage-gained.v1";

    static NeedCoverageGained of(CompetenceNeed need, List<CoveringOffering> gainedOfferings, Instant now) {
        return new NeedCoverageGained(need.id(), need.reportingOrganisationId(), need.endorsingOrganisationIds(),
                need.title(), need.region(), need.competenceAreas(), need.targetGroup(), need.status(),
                gainedOfferings, need.uncoveredAreas(), now);
    }
}
