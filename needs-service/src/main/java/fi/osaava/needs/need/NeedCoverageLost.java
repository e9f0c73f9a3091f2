package fi.osaava.needs.need;

import java.time.Instant;
import java.util.List;

import fi.osaava.kit.event.EventType;

/**
 * A covered need is covered no longer: an area lost its offering (its status is back to PUBLISHED or
 * ANSWERED).
 * <p>
 * One of the events a competence need raises on {@code needs.competence-needs.v1}; its JSON Schema and example are
 * in infra/contracts. Like every need event it carries the need id and the reporting organisation, so a consumer
 * needs no lookups.
 */
@EventType(NeedCoverageLost.TYPE)
public record NeedCoverageLost(String needId, String reportingOrganisationId, NeedStatus status,
                               List<String> uncoveredAreas, List<CoveringOffering> coveringOfferings, Instant lostAt) {
    public static final String TYPE = "fi.osaava.needs.competence-need.coverage-lost.v1";

    static NeedCoverageLost of(CompetenceNeed need, Instant now) {
        return new NeedCoverageLost(need.id(), need.reportingOrganisationId(), need.status(), need.uncoveredAreas(),
                need.coveringOfferings(), now);
    }
}
