package fi.osaava.needs.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.reference.ReferenceData;
import fi.osaava.needs.need.CompetenceNeed;
import fi.osaava.needs.need.CoveringOffering;
import fi.osaava.needs.need.DesiredTiming;
import fi.osaava.needs.need.Horizon;
import fi.osaava.needs.need.NeedDraft;
import fi.osaava.needs.need.TargetGroup;

class CoveragePolicyTest {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    static final CoveragePolicy POLICY = new CoveragePolicy(ReferenceData.get());

    static CompetenceNeed need(List<String> areas, DesiredTiming timing) {
        CompetenceNeed need = CompetenceNeed.draft(new NeedDraft("org-pshva", "11", areas, TargetGroup.STAFF, "t", "",
                50, Horizon.WITHIN_A_YEAR, timing), NOW);
        need.publish(NOW, new ActedBy("org-pshva", "u"));
        return need;
    }

    static PublishedOffering offering(List<String> areas, List<String> regions, String mode, @Nullable Instant startsAt,
                                      @Nullable Instant endsAt, OfferingState state) {
        return new PublishedOffering("off-1", "org-savonia", "Kurssi", areas, regions, List.of("STAFF"), mode, startsAt,
                endsAt, state, NOW);
    }

    static PublishedOffering offering(String... areas) {
        return offering(List.of(areas), List.of("11"), "ON_SITE", Instant.parse("2027-02-01T08:00:00Z"),
                Instant.parse("2027-02-15T14:00:00Z"), OfferingState.PUBLISHED);
    }

    @Test
    void theSameConceptABroaderOneOrANarrowerOneCoversButASiblingDoesNot() {
        CompetenceNeed calculations = need(List.of("medication-calculations"), DesiredTiming.ANY);

        assertThat(POLICY.cover(calculations, offering("medication-calculations"), NOW)).isPresent();
        assertThat(POLICY.cover(calculations, offering("medication-safety"), NOW)).as("broader").isPresent();
        assertThat(POLICY.cover(need(List.of("medication-safety"), DesiredTiming.ANY), offering("medication-calculations"), NOW))
                .as("narrower").isPresent();
        assertThat(POLICY.cover(calculations, offering("pharmacotherapy-of-older-people"), NOW)).as("sibling").isEmpty();
        assertThat(POLICY.cover(calculations, offering("documentation"), NOW)).as("unrelated").isEmpty();
    }

    @Test
    void namesTheNeedsAreasTheOfferingCovers() {
        CompetenceNeed need = need(List.of("medication-safety", "documentation"), DesiredTiming.ANY);

        assertThat(POLICY.cover(need, offering("medication-calculations", "infection-prevention"), NOW))
                .get().extracting(CoveringOffering::coveredAreas).isEqualTo(List.of("medication-safety"));
    }

    @Test
    void theOfferingMustBeInTheNeedsRegionUnlessItIsOnline() {
        CompetenceNeed need = need(List.of("documentation"), DesiredTiming.ANY);
        Instant start = Instant.parse("2027-02-01T08:00:00Z");

        assertThat(POLICY.cover(need, offering(List.of("documentation"), List.of("06"), "ON_SITE", start, null,
                OfferingState.PUBLISHED), NOW)).isEmpty();
        assertThat(POLICY.cover(need, offering(List.of("documentation"), List.of("06"), "HYBRID", start, null,
                OfferingState.PUBLISHED), NOW)).isEmpty();
        assertThat(POLICY.cover(need, offering(List.of("documentation"), List.of("06"), "ONLINE", start, null,
                OfferingState.PUBLISHED), NOW)).isPresent();
    }

    @Test
    void theOfferingMustBeForTheNeedsTargetGroup() {
        CompetenceNeed need = need(List.of("documentation"), DesiredTiming.ANY);
        PublishedOffering forLeaders = new PublishedOffering("off-1", "org-savonia", "Kurssi", List.of("documentation"),
                List.of("11"), List.of("SUPERVISORS"), "ON_SITE", null, null, OfferingState.PUBLISHED, NOW);

        assertThat(POLICY.cover(need, forLeaders, NOW)).isEmpty();
    }

    @Test
    void theOfferingMustStartInsideTheDesiredTimingInFinnishTime() {
        CompetenceNeed spring = need(List.of("documentation"),
                new DesiredTiming(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 5, 31)));

        assertThat(POLICY.cover(spring, startingAt("2027-03-01T08:00:00Z"), NOW)).isPresent();
        assertThat(POLICY.cover(spring, startingAt("2026-12-01T08:00:00Z"), NOW)).as("too early").isEmpty();
        assertThat(POLICY.cover(spring, startingAt("2027-06-01T08:00:00Z"), NOW)).as("too late").isEmpty();
        // 2026-12-31T22:30Z is already 1 January 2027 in Helsinki
        assertThat(POLICY.cover(spring, startingAt("2026-12-31T22:30:00Z"), NOW)).as("Helsinki date").isPresent();
        assertThat(POLICY.cover(spring, offering(List.of("documentation"), List.of("11"), "ON_SITE", null, null,
                OfferingState.PUBLISHED), NOW)).as("an offering without a start date is always on").isPresent();
    }

    @Test
    void aWithdrawnOfferingNeverCoversAndAnEndedOneOnlyKeepsWhatItAlreadyCovered() {
        CompetenceNeed need = need(List.of("documentation"), DesiredTiming.ANY);
        PublishedOffering ended = offering(List.of("documentation"), List.of("11"), "ON_SITE",
                Instant.parse("2026-10-01T08:00:00Z"), Instant.parse("2026-10-02T14:00:00Z"), OfferingState.ARCHIVED);

        assertThat(POLICY.cover(need, offering(List.of("documentation"), List.of("11"), "ON_SITE", null, null,
                OfferingState.WITHDRAWN), NOW)).isEmpty();
        assertThat(POLICY.cover(need, ended, NOW)).as("does not cover a new need").isEmpty();

        need.coverWith(List.of(new CoveringOffering("off-1", "org-savonia", "Kurssi", List.of("documentation"))), NOW);
        assertThat(POLICY.cover(need, ended, NOW)).as("keeps the need it covered").isPresent();
    }

    @Test
    void aDeprecatedConceptStillMeetsItsReplacementAndItsReplacementsNarrowerConcepts() {
        CoveragePolicy policy = new CoveragePolicy(ReferenceData.of(fi.osaava.kit.event.EventJson.MAPPER.readTree("""
                {"version": 9, "concepts": [
                  {"code": "digital-skills", "fi": "Digitaidot", "sv": "Digitala färdigheter", "en": "Digital skills"},
                  {"code": "remote-care", "broader": "digital-skills", "fi": "Etähoito", "sv": "Distansvård", "en": "Remote care"},
                  {"code": "telecare", "fi": "Etähoiva", "sv": "Distansomsorg", "en": "Telecare", "deprecated": true, "replacedBy": "remote-care"}
                ]}""")));
        CompetenceNeed oldNeed = need(List.of("telecare"), DesiredTiming.ANY);

        assertThat(policy.related(List.of("telecare"))).contains("telecare", "remote-care", "digital-skills");
        assertThat(policy.cover(oldNeed, offering("remote-care"), NOW)).isPresent();
        assertThat(policy.cover(oldNeed, offering("documentation"), NOW)).isEmpty();
    }

    private static PublishedOffering startingAt(String start) {
        return offering(List.of("documentation"), List.of("11"), "ON_SITE", Instant.parse(start), null, OfferingState.PUBLISHED);
    }
}
