package fi.osaava.catalogue.offering.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.catalogue.contact.ContactPerson;
import fi.osaava.catalogue.offering.Attachment;
import fi.osaava.catalogue.offering.Category;
import fi.osaava.catalogue.offering.Delivery;
import fi.osaava.catalogue.offering.LocalizedText;
import fi.osaava.catalogue.offering.Offering;
import fi.osaava.catalogue.offering.OfferingStatus;
import fi.osaava.catalogue.offering.Pricing;
import fi.osaava.catalogue.offering.TargetGroup;

/** An offering as the API shows it; the contact person only to signed-in callers. */
record OfferingView(String id, String providerOrganisationId, String title, LocalizedText titles,
                    @Nullable LocalizedText summaries, @Nullable LocalizedText descriptions, String description,
                    Category category, List<TargetGroup> targetGroups, List<String> competenceAreas,
                    List<String> regions, @Nullable Delivery delivery, @Nullable Instant startsAt,
                    @Nullable Instant endsAt, @Nullable Instant registrationDeadline, @Nullable Pricing pricing,
                    @Nullable Integer capacity, List<String> teachingLanguages, @Nullable ContactPerson contact,
                    List<Attachment> attachments, OfferingStatus status, Instant createdAt,
                    @Nullable Instant publishedAt, @Nullable Instant updatedAt, @Nullable Instant withdrawnAt,
                    @Nullable String withdrawalReason, @Nullable Instant archivedAt, @Nullable String externalId,
                    @Nullable String sourceSystem) {

    static OfferingView of(Offering o, boolean signedIn) {
        return new OfferingView(o.id(), o.providerOrganisationId(), o.title(), o.titles(), o.summaries(),
                o.descriptions(), o.description(), o.category(), o.targetGroups(), o.competenceAreas(), o.regions(),
                o.delivery(), o.startsAt(), o.endsAt(), o.registrationDeadline(), o.pricing(), o.capacity(),
                o.teachingLanguages(), signedIn ? o.contact() : null, o.attachments(), o.status(), o.createdAt(),
                o.publishedAt(), o.updatedAt(), o.withdrawnAt(), o.withdrawalReason(), o.archivedAt(), o.externalId(),
                o.sourceSystem());
    }
}
