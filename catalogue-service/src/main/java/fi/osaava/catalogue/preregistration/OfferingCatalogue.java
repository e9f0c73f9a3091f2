package fi.osaava.catalogue.preregistration;

import java.util.Optional;

/** Where pre-registration reads the terms of an offering. */
public interface OfferingCatalogue {

    Optional<OfferingTerms> terms(String offeringId);
}
