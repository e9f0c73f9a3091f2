package fi.osaava.needs.coverage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fi.osaava.kit.reference.ReferenceData;
import fi.osaava.needs.need.CompetenceNeed;
import fi.osaava.needs.need.CoveringOffering;

/**
 * When a published offering covers a need, and which of the need's competence areas it covers. A pure
 * policy: the offering must
 * <ul>
 * <li>be PUBLISHED and not have ended; an offering that has ended (ARCHIVED) keeps covering a need it
 * already covered, since it was given, but covers no other;</li>
 * <li>be for the need's target group;</li>
 * <li>be given in the need's region, or online (reachable from every region);</li>
 * <li>start inside the need's desired timing, if both have one (a start date in Finnish time);</li>
 * <li>share a competence area with the need through the vocabulary: the same concept, a broader one
 * (a general medication-safety course covers a medication-calculations need) or a narrower one
 * (a medication-calculations course covers part of a medication-safety need). Siblings do not.</li>
 * </ul>
 */
public final class CoveragePolicy {

    static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    private final ReferenceData vocabulary;

    public CoveragePolicy(ReferenceData vocabulary) {
        this.vocabulary = vocabulary;
    }

    public Optional<CoveringOffering> cover(CompetenceNeed need, PublishedOffering offering, Instant now) {
        boolean ended = offering.state() == OfferingState.ARCHIVED
                || (offering.endsAt() != null && !offering.endsAt().isAfter(now));
        boolean alreadyCovering = need.coveringOfferings().stream()
                .anyMatch(covering -> covering.offeringId().equals(offering.offeringId()));
        if (offering.state() == OfferingState.WITHDRAWN || (ended && !alreadyCovering)
                || !offering.targetGroups().contains(need.targetGroup().name())
                || !(offering.regions().contains(need.region()) || offering.isOnline())) {
            return Optional.empty();
        }
        if (offering.startsAt() != null) {
            LocalDate start = LocalDate.ofInstant(offering.startsAt(), FINLAND);
            if (!need.desiredTiming().allowsStartOn(start)) {
                return Optional.empty();
            }
        }
        List<String> covered = need.competenceAreas().stream()
                .filter(area -> offering.competenceAreas().stream().anyMatch(related(area)::contains))
                .toList();
        return covered.isEmpty() ? Optional.empty() : Optional.of(new CoveringOffering(offering.offeringId(),
                offering.providerOrganisationId(), offering.title(), covered));
    }

    /** See {@link ReferenceData#related(String)}. */
    public Set<String> related(List<String> areas) {
        return vocabulary.related(areas);
    }

    private Set<String> related(String area) {
        return vocabulary.related(area);
    }
}
