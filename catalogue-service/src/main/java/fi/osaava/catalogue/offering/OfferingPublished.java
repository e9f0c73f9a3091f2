package fi.osaava.catalogue.offering;

import java.time.Instant;
import java.util.List;

import fi.osaava.kit.event.ActedBy;

/** Body of {@value #TYPE}; its schema is in infra/contracts. */
public record OfferingPublished(String offeringId, String providerOrganisationId, String title, String description,
                                Category category, List<TargetGroup> targetGroups, List<String> competenceAreas,
                                List<String> regions, Instant publishedAt, ActedBy actedBy) {

    public static final String TYPE = "fi.osaava.catalogue.offering.published.v1";
}
