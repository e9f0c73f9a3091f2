package fi.osaava.catalogue.offering;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.OptimisticRetry;
import fi.osaava.kit.domain.ConflictException;
import fi.osaava.kit.domain.NotFoundException;

@Service
public class OfferingManagement {

    private static final Logger log = LoggerFactory.getLogger(OfferingManagement.class);

    private final Offerings offerings;
    private final OfferingAccess access;
    private final Clock clock;

    OfferingManagement(Offerings offerings, OfferingAccess access, Clock clock) {
        this.offerings = offerings;
        this.access = access;
        this.clock = clock;
    }

    public Offering create(OfferingDraft draft, boolean publishNow, ActedBy actedBy) {
        return create(draft, null, null, publishNow, actedBy);
    }

    /** With the provider's own reference for it, unique per provider (a second one with the same id is a 409). */
    public Offering create(OfferingDraft draft, @Nullable String externalId, @Nullable String sourceSystem,
                           boolean publishNow, ActedBy actedBy) {
        Offering offering = externalId == null ? Offering.draft(draft, clock.instant())
                : Offering.draftFromFeed(draft, externalId, sourceSystem, clock.instant());
        if (publishNow) {
            offering.publish(clock.instant(), actedBy);
        }
        return offerings.insert(offering);
    }

    /** New content for an offering of the caller's organisation; to anyone else it does not exist. */
    public Offering revise(String id, OfferingDraft content, @Nullable String sourceSystem, ActedBy actedBy) {
        return OptimisticRetry.run(() -> {
            Offering offering = ownOffering(id, actedBy.organisationId());
            return offering.revise(content, sourceSystem, clock.instant(), actedBy) ? offerings.save(offering) : offering;
        });
    }

    /** Only the providing organisation may publish; to anyone else the draft does not exist. */
    public Offering publish(String id, ActedBy actedBy) {
        return OptimisticRetry.run(() -> {
            Offering offering = ownOffering(id, actedBy.organisationId());
            offering.publish(clock.instant(), actedBy);
            return offerings.save(offering);
        });
    }

    /** Only the providing organisation may withdraw; to anyone else a draft does not exist. */
    public Offering withdraw(String id, String reason, ActedBy actedBy) {
        return OptimisticRetry.run(() -> {
            Offering offering = ownOffering(id, actedBy.organisationId());
            offering.withdraw(reason, clock.instant(), actedBy);
            return offerings.save(offering);
        });
    }

    /** By {@code _id} alone, a key lookup on every store; to another organisation the offering does not exist. */
    private Offering ownOffering(String id, String organisationId) {
        Offering offering = offerings.findById(id).orElseThrow(() -> new NotFoundException("Offering", id));
        access.requireProvider(offering, organisationId);
        return offering;
    }

    /**
     * Creates the provider's offering known by this externalId, or brings an existing one up to date.
     * Idempotent: content that is already there changes nothing and raises no event, so a redelivered event
     * or a provider re-sending its whole catalogue is harmless.
     */
    public Offering upsertFromFeed(FeedUpsert upsert, ActedBy actedBy) {
        var existing = offerings.findByFeedKey(Offering.feedKey(upsert.content().providerOrganisationId(),
                upsert.externalId()));
        return upsert(upsert, existing.orElse(null), actedBy).offering();
    }

    /** What an upsert did. */
    public enum UpsertOutcome {
        CREATED, UPDATED, UNCHANGED
    }

    public record Upserted(Offering offering, UpsertOutcome outcome) {
    }

    /** Creates ({@code existing} null) or revises the offering; publishes it when asked. */
    public Upserted upsert(FeedUpsert upsert, @Nullable Offering existing, ActedBy actedBy) {
        if (existing == null) {
            return new Upserted(offerings.insert(created(upsert, actedBy)), UpsertOutcome.CREATED);
        }
        boolean changed = existing.revise(upsert.content(), upsert.sourceSystem(), clock.instant(), actedBy);
        if (upsert.publish() && existing.status() == OfferingStatus.DRAFT) {
            existing.publish(clock.instant(), actedBy);
            changed = true;
        }
        if (!changed) {
            log.debug("Upsert of {} changes nothing", Offering.feedKey(existing.providerOrganisationId(),
                    upsert.externalId()));
            return new Upserted(existing, UpsertOutcome.UNCHANGED);
        }
        return new Upserted(offerings.save(existing), UpsertOutcome.UPDATED);
    }

    /** What became of one upsert of {@link #upsertAll}: an offering, or why not. */
    public record ImportOutcome(@Nullable Upserted upserted, @Nullable RuntimeException failure) {
    }

    /**
     * A provider's bulk import: the existing offerings are read in one query and the new ones written in one
     * batch; each upsert succeeds or fails on its own (outcomes in the order of {@code upserts}). Should the
     * batch fail (another import of the same ids at the same moment), its items are written one by one.
     */
    public List<ImportOutcome> upsertAll(String providerOrganisationId, List<FeedUpsert> upserts, ActedBy actedBy) {
        java.util.Map<String, Offering> existing = existingByExternalId(providerOrganisationId,
                upserts.stream().map(FeedUpsert::externalId).toList());
        ImportOutcome[] outcomes = new ImportOutcome[upserts.size()];
        List<Integer> fresh = new java.util.ArrayList<>();
        List<Offering> toInsert = new java.util.ArrayList<>();
        for (int i = 0; i < upserts.size(); i++) {
            FeedUpsert upsert = upserts.get(i);
            Offering known = existing.get(upsert.externalId());
            try {
                if (known != null) {
                    outcomes[i] = new ImportOutcome(upsert(upsert, known, actedBy), null);
                } else {
                    toInsert.add(created(upsert, actedBy));
                    fresh.add(i);
                }
            } catch (RuntimeException e) {
                outcomes[i] = new ImportOutcome(null, e);
            }
        }
        try {
            offerings.insert(toInsert);
            for (int n = 0; n < fresh.size(); n++) {
                outcomes[fresh.get(n)] = new ImportOutcome(new Upserted(toInsert.get(n), UpsertOutcome.CREATED), null);
            }
        } catch (org.springframework.dao.DataAccessException batchFailed) {
            log.info("Batch insert of {} offering(s) failed ({}); writing them one by one", toInsert.size(),
                    batchFailed.getClass().getSimpleName());
            for (int i : fresh) {
                try {
                    FeedUpsert upsert = upserts.get(i);
                    outcomes[i] = new ImportOutcome(upsert(upsert, offerings.findByFeedKey(Offering.feedKey(
                            providerOrganisationId, upsert.externalId())).orElse(null), actedBy), null);
                } catch (RuntimeException e) {
                    outcomes[i] = new ImportOutcome(null, e);
                }
            }
        }
        return List.of(outcomes);
    }

    private Offering created(FeedUpsert upsert, ActedBy actedBy) {
        Offering created = Offering.draftFromFeed(upsert.content(), upsert.externalId(), upsert.sourceSystem(),
                clock.instant());
        if (upsert.publish()) {
            created.publish(clock.instant(), actedBy);
        }
        return created;
    }

    /** The provider's offerings with these external ids, by external id, in one query. */
    public java.util.Map<String, Offering> existingByExternalId(String providerOrganisationId,
                                                                java.util.Collection<String> externalIds) {
        var found = new java.util.HashMap<String, Offering>();
        offerings.findByFeedKeyIn(externalIds.stream().map(e -> Offering.feedKey(providerOrganisationId, e)).toList())
                .forEach(o -> found.put(java.util.Objects.requireNonNull(o.externalId()), o));
        return found;
    }

    /**
     * Archives every published offering that ended before now, each with its own conditional write (the
     * version): when several instances run this at once, or the provider changes one meanwhile, the losing
     * write is skipped and the next run sees the offering again if it is still due.
     */
    public int archiveEnded() {
        Instant now = clock.instant();
        int archived = 0;
        List<Offerings.OfferingId> due;
        do {
            due = offerings.findPublishedEndedBefore(now, org.springframework.data.domain.PageRequest.of(0, 500));
            int before = archived;
            for (Offerings.OfferingId candidate : due) {
                archived += archive(candidate.id(), now) ? 1 : 0;
            }
            if (archived == before) {
                break; // all lost to other writers: leave them to the next run
            }
        } while (due.size() == 500);
        if (archived > 0) {
            log.info("Archived {} offering(s) that had ended", archived);
        }
        return archived;
    }

    private boolean archive(String id, Instant now) {
        Offering offering = offerings.findById(id).orElse(null);
        if (offering == null || !offering.hasEnded(now)) {
            return false;
        }
        offering.archive(now);
        try {
            offerings.save(offering);
            return true;
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            log.debug("Offering {} changed while being archived; skipped", id);
            return false;
        }
    }

    /** Withdraws the provider's offering known by this externalId; withdrawing it again changes nothing. */
    public Offering withdrawFromFeed(String providerOrganisationId, String externalId, String reason, ActedBy actedBy) {
        Offering offering = offerings.findByFeedKey(Offering.feedKey(providerOrganisationId, externalId))
                .orElseThrow(() -> new ConflictException("Provider " + providerOrganisationId
                        + " has no offering with externalId " + externalId + " to withdraw"));
        if (offering.status() == OfferingStatus.WITHDRAWN || offering.status() == OfferingStatus.ARCHIVED) {
            return offering;
        }
        offering.withdraw(reason, clock.instant(), actedBy);
        return offerings.save(offering);
    }

    /** A published offering, or a draft of the asking organisation (none when anonymous). */
    public Offering get(String id, @Nullable String actingOrganisationId) {
        return offerings.findById(id).filter(o -> access.maySee(o, actingOrganisationId))
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
