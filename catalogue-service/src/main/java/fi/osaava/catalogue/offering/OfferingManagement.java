package fi.osaava.catalogue.offering;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.web.NotFoundException;

@Service
public class OfferingManagement {

    private final Offerings offerings;
    private final Clock clock;

    OfferingManagement(Offerings offerings, Clock clock) {
        this.offerings = offerings;
        this.clock = clock;
    }

    public Offering create(OfferingDraft draft, boolean publishNow, ActedBy actedBy) {
        Offering offering = Offering.draft(draft, clock.instant());
        if (publishNow) {
            offering.publish(clock.instant(), actedBy);
        }
        return offerings.insert(offering);
    }

    /** Only the providing organisation may publish; to anyone else the draft does not exist. */
    public Offering publish(String id, ActedBy actedBy) {
        Offering offering = offerings.findByIdAndProviderOrganisationId(id, actedBy.organisationId())
                .orElseThrow(() -> new NotFoundException("Offering", id));
        offering.publish(clock.instant(), actedBy);
        return offerings.save(offering);
    }

    /** A published offering, or a draft of the asking organisation (none when anonymous). */
    public Offering get(String id, @Nullable String actingOrganisationId) {
        return offerings.findById(id)
                .filter(o -> o.status() != OfferingStatus.DRAFT || o.providerOrganisationId().equals(actingOrganisationId))
                .orElseThrow(() -> new NotFoundException("Offering", id));
    }

    /** The tray: published offerings, plus the asking organisation's own drafts, newest first. */
    public List<Offering> list(@Nullable OfferingStatus status, @Nullable String actingOrganisationId, Pageable page) {
        if (status == OfferingStatus.PUBLISHED || (status == null && actingOrganisationId == null)) {
            return offerings.findByStatusOrderByCreatedAtDesc(OfferingStatus.PUBLISHED, page);
        }
        if (actingOrganisationId == null) {
            return List.of();
        }
        return status == null ? offerings.findVisibleTo(actingOrganisationId, page)
                : offerings.findByStatusAndProviderOrganisationIdOrderByCreatedAtDesc(status, actingOrganisationId, page);
    }
}
