package fi.osaava.needs.need;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

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

    public CompetenceNeed create(NeedDraft draft, boolean publishNow) {
        CompetenceNeed need = CompetenceNeed.draft(draft, clock.instant());
        if (publishNow) {
            need.publish(clock.instant());
        }
        return needs.insert(need);
    }

    public CompetenceNeed publish(String id) {
        CompetenceNeed need = get(id);
        need.publish(clock.instant());
        return needs.save(need);
    }

    public CompetenceNeed get(String id) {
        return needs.findById(id).orElseThrow(() -> new NotFoundException("Need", id));
    }

    public List<CompetenceNeed> list(@Nullable NeedStatus status) {
        return status == null ? needs.findAllByOrderByCreatedAtDesc() : needs.findByStatusOrderByCreatedAtDesc(status);
    }
}
