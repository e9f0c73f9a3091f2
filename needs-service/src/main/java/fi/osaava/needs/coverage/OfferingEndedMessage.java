package fi.osaava.needs.coverage;

import jakarta.validation.constraints.NotBlank;

/** This service's reading of {@value #WITHDRAWN} and {@value #ARCHIVED}: the offering id is enough. */
public record OfferingEndedMessage(@NotBlank String offeringId) {

    public static final String WITHDRAWN = "fi.osaava.catalogue.offering.withdrawn.v1";
    public static final String ARCHIVED = "fi.osaava.catalogue.offering.archived.v1";
}
