package fi.osaava.needs.coverage.messaging;

import jakarta.validation.constraints.NotBlank;

/** This service's reading of {@value #WITHDRAWN} and {@value #ARCHIVED}: the offering id is enough. */
record OfferingEndedMessage(@NotBlank String offeringId) {

    static final String WITHDRAWN = "fi.osaava.catalogue.offering.withdrawn.v1";
    static final String ARCHIVED = "fi.osaava.catalogue.offering.archived.v1";
}
