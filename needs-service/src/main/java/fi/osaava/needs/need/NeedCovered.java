package fi.osaava.needs.need;

import java.time.Instant;
import java.util.List;

import fi.osaava.kit.event.EventType;

/**
 * Together the covering offerings now cover every one of the need's competence areas.
 * <p>
 * One of the events a competence need raises on {@code needs.competence-needs.v1}; its JSON Schema and example are
 * in infra/contracts. Like every need event it carries the need id and the reporting organisation, so a consumer
 * needs no lookups.
 */
@EventType(NeedCovered.TYPE)
public record NeedCovered(String needId, String reportingOrganisationId, List<String> endorsingOrganisationIds,
                          String title, List<CoveringOffering> coveringOfferings, Instant coveredAt) {
    public static final String TYPE = "fi.osaava.needs.competence-need.covered.v1";

    static NeedCovered of(CompetenceNeed need, Instant now) {
        return new NeedCovered(need.id(), need.reportingOrganisationId(), need.endorsingOrganisationIds(),
                need.title(), need.coveringOfferings(), now);
    }
}
