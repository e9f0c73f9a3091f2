package fi.osaava.needs.foresight;

import static fi.osaava.needs.need.NeedDraftBuilder.aNeed;

import java.time.Instant;
import java.util.List;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.EventJson;
import fi.osaava.kit.reference.ReferenceData;
import fi.osaava.needs.need.CompetenceNeed;
import fi.osaava.needs.need.Horizon;

/** Needs in the states the reports must tell apart, and a small vocabulary three levels deep. */
final class ForesightFixtures {

    static final ActedBy REPORTER = new ActedBy("org-a", "user-a");
    static final ActedBy COORDINATOR = new ActedBy("coordinator", "user-c");

    /**
     * care ─ care-med ─ care-med-calc, and lead ─ lead-change: the top of care-med-calc is care, two
     * levels up, so a roll-up that stops at the immediate broader concept fails.
     */
    static final ReferenceData VOCABULARY = ReferenceData.of(EventJson.MAPPER.readTree("""
            {"version": 1, "concepts": [
              {"code": "care", "fi": "Hoito", "sv": "Vård", "en": "Care"},
              {"code": "care-med", "broader": "care", "fi": "Lääkehoito", "sv": "Läkemedel", "en": "Medication"},
              {"code": "care-med-calc", "broader": "care-med", "fi": "Lääkelaskenta", "sv": "Räkning", "en": "Calculations"},
              {"code": "lead", "fi": "Johtaminen", "sv": "Ledning", "en": "Leadership"},
              {"code": "lead-change", "broader": "lead", "fi": "Muutosjohtaminen", "sv": "Förändring", "en": "Change"}]}"""));

    private ForesightFixtures() {
    }

    static CompetenceNeed published(String region, List<String> areas, int learners, Horizon horizon, Instant publishedAt) {
        CompetenceNeed need = draft(region, areas, learners, horizon);
        need.publish(publishedAt, REPORTER);
        return need;
    }

    static CompetenceNeed published(String region, List<String> areas, int learners, Horizon horizon) {
        return published(region, areas, learners, horizon, Instant.parse("2026-05-04T09:00:00Z"));
    }

    static CompetenceNeed draft(String region, List<String> areas, int learners, Horizon horizon) {
        return aNeed().reportedBy("org-a").inRegion(region).withAreas(areas).withTitle("Tarve " + areas)
                .withLearners(learners).withHorizon(horizon).draft(Instant.parse("2026-01-01T00:00:00Z"));
    }

    static CompetenceNeed endorsed(CompetenceNeed need, String organisation, int learners) {
        need.endorse(organisation, learners, "", Instant.parse("2026-06-01T09:00:00Z"), new ActedBy(organisation, "u"));
        return need;
    }

    static CompetenceNeed closed(CompetenceNeed need) {
        need.close("dealt with", Instant.parse("2026-09-01T09:00:00Z"), REPORTER);
        return need;
    }

    static CompetenceNeed withdrawn(CompetenceNeed need) {
        need.withdraw("not needed after all", Instant.parse("2026-09-01T09:00:00Z"), REPORTER);
        return need;
    }
}
