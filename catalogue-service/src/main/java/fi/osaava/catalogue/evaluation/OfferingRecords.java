package fi.osaava.catalogue.evaluation;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fi.osaava.catalogue.offering.OfferingFacts;
import fi.osaava.catalogue.offering.OfferingFactsLookup;
import fi.osaava.catalogue.preregistration.SeatCounts;

/** What evaluation reads of offerings and their seats, through what the offering and pre-registration features offer. */
@Component
class OfferingRecords {

    private final OfferingFactsLookup offerings;
    private final SeatCounts seats;

    OfferingRecords(OfferingFactsLookup offerings, SeatCounts seats) {
        this.offerings = offerings;
        this.seats = seats;
    }

    Optional<EvaluatedOffering> offering(String offeringId) {
        return offerings.find(offeringId).map(OfferingRecords::toOffering);
    }

    /** The offerings that reached PUBLISHED, of one provider or of all, starting within [from, to). */
    java.util.List<EvaluatedOffering> published(@Nullable String providerOrganisationId, @Nullable Instant from,
                                                @Nullable Instant to) {
        return offerings.everPublished(providerOrganisationId, from, to).stream().map(OfferingRecords::toOffering)
                .toList();
    }

    /** Whether the organisation holds a pre-registration (pre-registered or committed, not cancelled) there. */
    boolean preRegistered(String offeringId, String organisationId) {
        return seats.holds(offeringId, organisationId);
    }

    /** Per offering: its active pre-registrations and committed seats (none: no entry). */
    Map<String, SeatCounts.Seats> seats(Collection<String> offeringIds) {
        return seats.of(offeringIds);
    }

    private static EvaluatedOffering toOffering(OfferingFacts facts) {
        return new EvaluatedOffering(facts.offeringId(), facts.providerOrganisationId(), facts.status(),
                facts.category(), facts.pricingKind(), facts.startsAt(), facts.endsAt());
    }
}
