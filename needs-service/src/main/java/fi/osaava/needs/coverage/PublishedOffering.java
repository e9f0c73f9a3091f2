package fi.osaava.needs.coverage;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * This service's own copy of a published offering: only what coverage needs, kept from the
 * catalogue's events. {@code lastEventAt} orders the events, so a late duplicate of an older one
 * changes nothing.
 */
@Document("offerings")
public record PublishedOffering(@Id String offeringId, String providerOrganisationId, String title,
                                @Indexed List<String> competenceAreas, List<String> regions, List<String> targetGroups,
                                @Nullable String deliveryMode, @Nullable Instant startsAt, @Nullable Instant endsAt,
                                @Indexed OfferingState state, Instant lastEventAt) {

    public PublishedOffering {
        competenceAreas = List.copyOf(competenceAreas);
        regions = List.copyOf(regions);
        targetGroups = List.copyOf(targetGroups);
    }

    PublishedOffering withState(OfferingState newState, Instant eventAt) {
        return new PublishedOffering(offeringId, providerOrganisationId, title, competenceAreas, regions, targetGroups,
                deliveryMode, startsAt, endsAt, newState, eventAt);
    }

    boolean isOnline() {
        return "ONLINE".equals(deliveryMode);
    }
}
