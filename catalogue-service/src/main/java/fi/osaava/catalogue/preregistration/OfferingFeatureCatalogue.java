package fi.osaava.catalogue.preregistration;

import java.util.Optional;

import org.springframework.stereotype.Component;

import fi.osaava.catalogue.offering.OfferingFacts;
import fi.osaava.catalogue.offering.OfferingFactsLookup;

/** The offering's terms as the offering feature gives out its facts. */
@Component
class OfferingFeatureCatalogue implements OfferingCatalogue {

    private final OfferingFactsLookup offerings;

    OfferingFeatureCatalogue(OfferingFactsLookup offerings) {
        this.offerings = offerings;
    }

    @Override
    public Optional<OfferingTerms> terms(String offeringId) {
        return offerings.find(offeringId).map(OfferingFeatureCatalogue::toTerms);
    }

    static OfferingTerms toTerms(OfferingFacts facts) {
        return new OfferingTerms(facts.offeringId(), facts.providerOrganisationId(), facts.status(), facts.title(),
                facts.pricingKind(), facts.capacity(), facts.registrationDeadline(), facts.startsAt());
    }
}
