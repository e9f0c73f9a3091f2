package fi.osaava.needs.coverage;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fi.osaava.needs.need.CompetenceNeed;
import fi.osaava.needs.need.CoveringOffering;
import fi.osaava.needs.need.OfferingCoverage;

/**
 * Coverage computed from this service's read model of published offerings, never by calling the catalogue: what
 * the need feature asks before it saves a need, and what {@link CoverageManagement} hands it when an offering
 * changes.
 */
@Component
class MongoOfferingCoverage implements OfferingCoverage {

    private final PublishedOfferings offerings;
    private final CoveragePolicy policy;
    private final Clock clock;

    MongoOfferingCoverage(PublishedOfferings offerings, CoveragePolicy policy, Clock clock) {
        this.offerings = offerings;
        this.policy = policy;
        this.clock = clock;
    }

    /** Ordered by offering id, so the same coverage always compares equal and a recomputation is a no-op. */
    @Override
    public List<CoveringOffering> coveringOfferingsOf(CompetenceNeed need) {
        return offerings.findByStateInAndCompetenceAreasIn(List.of(OfferingState.PUBLISHED, OfferingState.ARCHIVED), policy.related(need.competenceAreas()))
                .stream()
                .flatMap(offering -> policy.cover(need, offering, clock.instant()).stream())
                .sorted(Comparator.comparing(CoveringOffering::offeringId))
                .toList();
    }

    @Override
    public Optional<String> providerOfPublishedOffering(String offeringId) {
        return offerings.findById(offeringId)
                .filter(offering -> offering.state() == OfferingState.PUBLISHED)
                .map(PublishedOffering::providerOrganisationId);
    }
}
