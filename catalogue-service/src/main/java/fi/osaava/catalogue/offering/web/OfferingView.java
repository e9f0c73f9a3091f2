package fi.osaava.catalogue.offering.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.catalogue.offering.Category;
import fi.osaava.catalogue.offering.Offering;
import fi.osaava.catalogue.offering.OfferingStatus;
import fi.osaava.catalogue.offering.TargetGroup;

record OfferingView(String id, String providerOrganisationId, String title, String description, Category category,
                    List<TargetGroup> targetGroups, List<String> competenceAreas, List<String> regions,
                    OfferingStatus status, Instant createdAt, @Nullable Instant publishedAt,
                    @Nullable Instant updatedAt, @Nullable Instant withdrawnAt, @Nullable String withdrawalReason,
                    @Nullable String externalId, @Nullable String sourceSystem) {

    static OfferingView of(Offering o) {
        return new OfferingView(o.id(), o.providerOrganisationId(), o.title(), o.description(), o.category(),
                o.targetGroups(), o.competenceAreas(), o.regions(), o.status(), o.createdAt(), o.publishedAt(),
                o.updatedAt(), o.withdrawnAt(), o.withdrawalReason(), o.externalId(), o.sourceSystem());
    }
}
