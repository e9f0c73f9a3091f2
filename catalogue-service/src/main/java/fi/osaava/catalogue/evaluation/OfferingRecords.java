package fi.osaava.catalogue.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fi.osaava.catalogue.offering.OfferingFacts;
import fi.osaava.catalogue.offering.OfferingFactsLookup;

/** The offerings as evaluation sees them, from the facts the offering feature gives out. */
@Component
class OfferingRecords {

    private final OfferingFactsLookup offerings;

    OfferingRecords(OfferingFactsLookup offerings) {
        this.offerings = offerings;
    }

    Optional<EvaluatedOffering> offering(String offeringId) {
        return offerings.find(offeringId).map(OfferingRecords::toOffering);
    }

    /** The offerings that reached PUBLISHED, of one provider or of all, starting within [from, to). */
    List<EvaluatedOffering> published(@Nullable String providerOrganisationId, @Nullable Instant from,
                                                @Nullable Instant to) {
        return offerings.everPublished(providerOrganisationId, from, to).stream().map(OfferingRecords::toOffering)
                .toList();
    }

    private static EvaluatedOffering toOffering(OfferingFacts facts) {
        return new EvaluatedOffering(facts.offeringId(), facts.providerOrganisationId(), facts.status(),
                facts.category(), facts.pricingKind(), facts.startsAt(), facts.endsAt());
    }
}
