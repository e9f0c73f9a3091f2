package fi.osaava.needs.coverage;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import fi.osaava.kit.event.OptimisticRetry;
import fi.osaava.needs.need.CompetenceNeed;
import fi.osaava.needs.need.NeedManagement;
import fi.osaava.needs.need.NeedLookup;

/**
 * Keeps the read model of published offerings from catalogue events and the coverage of open needs with it. Every
 * handler is idempotent: an event older than what the read model holds is ignored, a withdrawn offering never comes
 * back, and a need is written only when its coverage changed.
 * <p>
 * <b>Coverage flows one way:</b> from here to the need feature. An offering's event finds the needs it may change
 * through {@link NeedLookup}, their coverage is computed here ({@link CoveragePolicy} over the read model), and
 * {@link NeedManagement#applyCoverage} sets it: one call and at most one write per need. The need feature asks the
 * same computation through {@link fi.osaava.needs.need.OfferingCoverage} before it saves a need it publishes or
 * changes.
 */
@Service
public class CoverageManagement {

    private static final Logger log = LoggerFactory.getLogger(CoverageManagement.class);

    private final PublishedOfferings offerings;
    private final MongoOfferingCoverage coverage;
    private final NeedLookup needs;
    private final NeedManagement management;
    private final CoveragePolicy policy;
    private final Clock clock;

    CoverageManagement(PublishedOfferings offerings, MongoOfferingCoverage coverage, NeedLookup needs,
                       NeedManagement management, CoveragePolicy policy, Clock clock) {
        this.offerings = offerings;
        this.coverage = coverage;
        this.needs = needs;
        this.management = management;
        this.policy = policy;
        this.clock = clock;
    }

    /** An offering was published or changed while published: it may now cover needs, or stop covering some. */
    public int offeringPublished(PublishedOffering offering) {
        Optional<PublishedOffering> known = offerings.findById(offering.offeringId());
        if (known.isPresent() && (known.get().state() == OfferingState.WITHDRAWN
                || offering.lastEventAt().isBefore(known.get().lastEventAt()))) {
            log.debug("Ignoring an older or post-withdrawal event of offering {}", offering.offeringId());
            return 0;
        }
        offerings.save(offering);
        Instant now = clock.instant();
        // only a need that this offering covers now, or covered before, can change; the others are left unread
        return cover(needs.openInAreasOrCoveredBy(policy.related(offering.competenceAreas()), offering.offeringId())
                .stream()
                .filter(need -> isCoveredBy(need, offering.offeringId()) || policy.cover(need, offering, now).isPresent())
                .toList());
    }

    private static boolean isCoveredBy(CompetenceNeed need, String offeringId) {
        return need.coveringOfferings().stream().anyMatch(covering -> covering.offeringId().equals(offeringId));
    }

    /** A withdrawn offering covers nothing any more; the needs it covered are computed again. */
    public int offeringWithdrawn(String offeringId, Instant eventAt) {
        offerings.findById(offeringId).ifPresent(known -> offerings.save(known.withState(OfferingState.WITHDRAWN, eventAt)));
        return cover(needs.openCoveredBy(offeringId));
    }

    /**
     * An offering that ended keeps covering the needs it covered (it was given); it covers no need
     * that is published or changed after it ended.
     */
    public void offeringArchived(String offeringId, Instant eventAt) {
        offerings.findById(offeringId)
                .filter(known -> known.state() == OfferingState.PUBLISHED && !eventAt.isBefore(known.lastEventAt()))
                .ifPresent(known -> offerings.save(known.withState(OfferingState.ARCHIVED, eventAt)));
    }

    /** @return how many of the needs' coverage changed */
    private int cover(List<CompetenceNeed> affected) {
        return (int) affected.stream().filter(this::cover).count();
    }

    /**
     * Sets the need's coverage as computed from the need as it was read. If the need changed since (its save lost
     * the race), it is read again and its coverage computed anew, as often as {@link OptimisticRetry} allows.
     */
    private boolean cover(CompetenceNeed read) {
        try {
            return coverAsComputed(read);
        } catch (OptimisticLockingFailureException changedSinceRead) {
            return OptimisticRetry.run(() -> needs.open(read.id()).map(this::coverAsComputed).orElse(false));
        }
    }

    private boolean coverAsComputed(CompetenceNeed need) {
        return management.applyCoverage(need, coverage.coveringOfferingsOf(need));
    }
}
