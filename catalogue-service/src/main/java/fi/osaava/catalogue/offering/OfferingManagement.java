package fi.osaava.catalogue.offering;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.web.ConflictException;
import fi.osaava.kit.web.NotFoundException;

@Service
public class OfferingManagement {

    private static final Logger log = LoggerFactory.getLogger(OfferingManagement.class);

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

    /** Only the providing organisation may withdraw; to anyone else a draft does not exist. */
    public Offering withdraw(String id, String reason, ActedBy actedBy) {
        Offering offering = offerings.findByIdAndProviderOrganisationId(id, actedBy.organisationId())
                .orElseThrow(() -> new NotFoundException("Offering", id));
        offering.withdraw(reason, clock.instant(), actedBy);
        return offerings.save(offering);
    }

    /**
     * Creates the provider's offering known by this externalId, or brings an existing one up to date.
     * Idempotent: content that is already there changes nothing and raises no event, so a redelivered event
     * or a provider re-sending its whole catalogue is harmless.
     */
    public Offering upsertFromFeed(FeedUpsert upsert, ActedBy actedBy) {
        var existing = offerings.findByFeedKey(Offering.feedKey(upsert.content().providerOrganisationId(),
                upsert.externalId()));
        if (existing.isEmpty()) {
            Offering created = Offering.draftFromFeed(upsert.content(), upsert.externalId(), upsert.sourceSystem(),
                    clock.instant());
            if (upsert.publish()) {
                created.publish(clock.instant(), actedBy);
            }
            return offerings.insert(created);
        }
        Offering offering = existing.get();
        boolean changed = offering.revise(upsert.content(), upsert.sourceSystem(), clock.instant(), actedBy);
        if (upsert.publish() && offering.status() == OfferingStatus.DRAFT) {
            offering.publish(clock.instant(), actedBy);
            changed = true;
        }
        if (!changed) {
            log.debug("Feed upsert of {} changes nothing", Offering.feedKey(offering.providerOrganisationId(),
                    upsert.externalId()));
            return offering;
        }
        return offerings.save(offering);
    }

    /** Withdraws the provider's offering known by this externalId; withdrawing it again changes nothing. */
    public Offering withdrawFromFeed(String providerOrganisationId, String externalId, String reason, ActedBy actedBy) {
        Offering offering = offerings.findByFeedKey(Offering.feedKey(providerOrganisationId, externalId))
                .orElseThrow(() -> new ConflictException("Provider " + providerOrganisationId
                        + " has no offering with externalId " + externalId + " to withdraw"));
        if (offering.status() == OfferingStatus.WITHDRAWN) {
            return offering;
        }
        offering.withdraw(reason, clock.instant(), actedBy);
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
