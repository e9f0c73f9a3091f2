package fi.osaava.needs.need;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** What the need feature lets the others read of the stored needs: the needs themselves stay its own. */
@Service
public class NeedLookup {

    private final Needs needs;
    private final NeedReads reads;

    NeedLookup(Needs needs, NeedReads reads) {
        this.needs = needs;
        this.reads = reads;
    }

    /** The need if it is open: the only kind whose coverage changes. */
    public Optional<CompetenceNeed> open(String id) {
        return needs.findById(id).filter(need -> need.status().isOpen());
    }

    /** The needs in any of these states (read only: kept until the next change, {@link NeedReads}). */
    public List<CompetenceNeed> withStatus(Collection<NeedStatus> statuses) {
        return reads.read(List.of("withStatus", java.util.Set.copyOf(statuses)), () -> needs.findByStatusIn(statuses));
    }

    /**
     * Open needs in any of the areas, or covered by the offering now: every need an event of that offering may
     * change.
     */
    public List<CompetenceNeed> openInAreasOrCoveredBy(Collection<String> areas, String offeringId) {
        return needs.findOpenInAreasOrCoveredBy(areas, offeringId);
    }

    /** Open needs that the offering covers now. */
    public List<CompetenceNeed> openCoveredBy(String offeringId) {
        return needs.findByStatusInAndCoveringOfferingsOfferingId(NeedStatus.OPEN, offeringId);
    }
}
