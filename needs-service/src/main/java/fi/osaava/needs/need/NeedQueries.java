package fi.osaava.needs.need;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;

/** Filtered lists of needs, as a fragment of {@link Needs}. */
public interface NeedQueries {

    /**
     * Needs matching the filter that the organisation may see (every non-draft one, and its own
     * drafts), newest first.
     */
    List<CompetenceNeed> findVisible(NeedFilter filter, String organisationId, Pageable page);

    /**
     * Open needs in any of the areas, or covered by the offering now: every need an event of that offering
     * may change. One query, so the store reads the needs once.
     */
    List<CompetenceNeed> findOpenInAreasOrCoveredBy(Collection<String> areas, String offeringId);
}
