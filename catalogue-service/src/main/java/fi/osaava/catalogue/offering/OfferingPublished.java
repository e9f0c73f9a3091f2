package fi.osaava.catalogue.offering;

import fi.osaava.kit.event.EventType;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import fi.osaava.kit.event.ActedBy;

/**
 * Body of {@value #TYPE}; its schema is in infra/contracts. The fields after {@code actedBy} are optional in the
 * schema (added within v1). Never the contact person: events carry no personal data.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(OfferingPublished.TYPE)
public record OfferingPublished(String offeringId, String providerOrganisationId, String title, String description,
                                Category category, List<TargetGroup> targetGroups, List<String> competenceAreas,
                                List<String> regions, Instant publishedAt, ActedBy actedBy,
                                @Nullable LocalizedText titles, @Nullable LocalizedText summaries,
                                @Nullable LocalizedText descriptions, @Nullable Delivery delivery,
                                @Nullable Instant startsAt, @Nullable Instant endsAt,
                                @Nullable Instant registrationDeadline, @Nullable Pricing pricing,
                                @Nullable Integer capacity, @Nullable List<String> teachingLanguages,
                                @Nullable List<Attachment> attachments, @Nullable String externalId,
                                @Nullable String sourceSystem) {

    public static final String TYPE = "fi.osaava.catalogue.offering.published.v1";
}
