package fi.osaava.catalogue.offering;

import fi.osaava.kit.event.EventType;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import fi.osaava.kit.event.ActedBy;

/**
 * Body of {@value #TYPE}: the full state of a published offering after its content changed; schema in
 * infra/contracts. Never the contact person: events carry no personal data.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(OfferingUpdated.TYPE)
public record OfferingUpdated(String offeringId, String providerOrganisationId, String title, String description,
                              Category category, List<TargetGroup> targetGroups, List<String> competenceAreas,
                              List<String> regions, Instant publishedAt, Instant updatedAt, @Nullable String externalId,
                              @Nullable String sourceSystem, ActedBy actedBy,
                              @Nullable LocalizedText titles, @Nullable LocalizedText summaries,
                              @Nullable LocalizedText descriptions, @Nullable Delivery delivery,
                              @Nullable Instant startsAt, @Nullable Instant endsAt,
                              @Nullable Instant registrationDeadline, @Nullable Pricing pricing,
                              @Nullable Integer capacity, @Nullable List<String> teachingLanguages,
                              @Nullable List<Attachment> attachments) {

    public static final String TYPE = "fi.osaava.catalogue.offering.updated.v1";
}
