package fi.osaava.needs.need;

import java.util.List;
import java.util.Optional;

/**
 * What this service knows of the published offerings (its own read model of catalogue events), as the need use
 * cases ask it. Implemented by the coverage feature, which owns that read model and the coverage rule; the
 * interface is declared here because the coverage feature depends on this one (it finds needs through
 * {@link NeedLookup} and sets their coverage through {@link NeedManagement#applyCoverage}), so the modules form
 * no cycle.
 */
public interface OfferingCoverage {

    /** The published offerings that cover the need now, each with the need's areas it covers. */
    List<CoveringOffering> coveringOfferingsOf(CompetenceNeed need);

    /** The providing organisation of a published (not withdrawn) offering, if this service has heard of it. */
    Optional<String> providerOfPublishedOffering(String offeringId);
}
