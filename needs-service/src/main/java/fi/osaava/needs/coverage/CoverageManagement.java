package fi.osaava.needs.coverage;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import fi.osaava.needs.need.CompetenceNeed;
import fi.osaava.needs.need.NeedManagement;
import fi.osaava.needs.need.NeedLookup;

/**
 * Keeps the read model of published offerings from catalogue events and the coverage of open needs
 * with it. Every handler is idempotent: an event older than what the read model holds is ignored, a
 * withdrawn offering never comes back, and a need is written only when its coverage changed.
 */
@Service
public class CoverageManagement {

    private static final Logger log = LoggerFactory.getLogger(CoverageManagement.class);

    private final PublishedOfferings offerings;
    private final NeedLookup needs;
    private final NeedManagement management;
    private final CoveragePolicy policy;
    private final Clock clock;

    CoverageManagement(PublishedOfferings offerings, NeedLookup needs, NeedManagement management, CoveragePolicy policy,
                       Clock clock) {
        this.offerings = offerings;
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
        List<String> affected = needs.openInAreasOrCoveredBy(policy.related(offering.competenceAreas()),
                        offering.offeringId()).stream()
                .filter(need -> isCoveredBy(need, offering.offeringId()) || policy.cover(need, offering, now).isPresent())
                .map(CompetenceNeed::id)
                .toList();
        return refresh(affected);
    }

    private static boolean isCoveredBy(CompetenceNeed need, String offeringId) {
        return need.coveringOfferings().stream().anyMatch(covering -> covering.offeringId().equals(offeringId));
    }

    /** A withdrawn offering covers nothing any more; the needs it covered are computed again. */
    public int offeringWithdrawn(String offeringId, Instant eventAt) {
        offerings.findById(offeringId).ifPresent(known -> offerings.save(known.withState(OfferingState.WITHDRAWN, eventAt)));
        return refresh(coveredBy(offeringId));
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

    private Collection<String> coveredBy(String offeringId) {
        return needs.openCoveredBy(offeringId).stream()
                .map(CompetenceNeed::id).toList();
    }

    private int refresh(Collection<String> needIds) {
        int changed = 0;
        for (String id : needIds) {
            if (management.refreshCoverage(id)) {
                changed++;
            }
        }
        return changed;
    }
}
