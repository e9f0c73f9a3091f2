package fi.osaava.notification.source;

import jakarta.validation.constraints.NotBlank;

/** This service's reading of {@value #WITHDRAWN} and {@value #ARCHIVED}. Unknown fields pass. */
public record OfferingEndedMessage(@NotBlank String offeringId) {

    public static final String WITHDRAWN = "fi.osaava.catalogue.offering.withdrawn.v1";
    public static final String ARCHIVED = "fi.osaava.catalogue.offering.archived.v1";
}
