package fi.osaava.needs.need;

import java.util.List;

import org.springframework.data.domain.Pageable;

/** Filtered lists of needs, as a fragment of {@link Needs}. */
public interface NeedQueries {

    /**
     * Needs matching the filter that the organisation may see (every non-draft one, and its own
     * drafts), newest first.
     */
    List<CompetenceNeed> findVisible(NeedFilter filter, String organisationId, Pageable page);
}
