package fi.osaava.needs.need;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.web.NotFoundException;

/** Use cases of a competence need. Each one is a single-document write: state and events together. */
@Service
public class NeedManagement {

    private final Needs needs;
    private final Clock clock;

    NeedManagement(Needs needs, Clock clock) {
        this.needs = needs;
        this.clock = clock;
    }

    /** The draft's reporting organisation is the acting one: the caller's token decides, never the body. */
    public CompetenceNeed create(NeedDraft draft, boolean publishNow, ActedBy actedBy) {
        CompetenceNeed need = CompetenceNeed.draft(draft, clock.instant());
        if (publishNow) {
            need.publish(clock.instant(), actedBy);
        }
        return needs.insert(need);
    }

    /** Only the reporting organisation may publish; to anyone else the draft does not exist. */
    public CompetenceNeed publish(String id, ActedBy actedBy) {
        CompetenceNeed need = needs.findByIdAndReportingOrganisationId(id, actedBy.organisationId())
                .orElseThrow(() -> new NotFoundException("Need", id));
        need.publish(clock.instant(), actedBy);
        return needs.save(need);
    }

    /** A published need, or a draft of the asking organisation. */
    public CompetenceNeed get(String id, String actingOrganisationId) {
        return needs.findById(id)
                .filter(need -> need.status() != NeedStatus.DRAFT || need.reportingOrganisationId().equals(actingOrganisationId))
                .orElseThrow(() -> new NotFoundException("Need", id));
    }

    /** Published needs and the asking organisation's own drafts, newest first. */
    public List<CompetenceNeed> list(@Nullable NeedStatus status, String actingOrganisationId, Pageable page) {
        if (status == null) {
            return needs.findVisibleTo(actingOrganisationId, page);
        }
        return status == NeedStatus.PUBLISHED ? needs.findByStatusOrderByCreatedAtDesc(status, page)
                : needs.findByStatusAndReportingOrganisationIdOrderByCreatedAtDesc(status, actingOrganisationId, page);
    }
}
