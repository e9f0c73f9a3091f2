package fi.osaava.needs.foresight;

import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import fi.osaava.needs.need.CompetenceNeed;
import fi.osaava.needs.need.Horizon;
import fi.osaava.needs.need.NeedStatus;
import fi.osaava.needs.need.PlanningOrder;
import fi.osaava.needs.need.Priority;
import fi.osaava.needs.need.PriorityDecision;

/**
 * The coordinator's list for annual planning: the open needs ranked as the gap list ranks them
 * ({@link PlanningOrder#PRIORITY_ORDER}), each with why it has its priority and how far it is covered.
 */
public final class PriorityList {

    private PriorityList() {
    }

    public static List<Entry> of(Collection<CompetenceNeed> needs) {
        List<CompetenceNeed> ranked = needs.stream()
                .filter(need -> need.status().isOpen())
                .sorted(PlanningOrder.PRIORITY_ORDER)
                .toList();
        return IntStream.range(0, ranked.size()).mapToObj(i -> entry(i + 1, ranked.get(i))).toList();
    }

    private static Entry entry(int rank, CompetenceNeed need) {
        List<PriorityDecision> decisions = need.priorityHistory();
        String reason = decisions.isEmpty() ? null : decisions.get(decisions.size() - 1).reason();
        return new Entry(rank, need.id(), need.title(), need.reportingOrganisationId(), need.region(),
                need.competenceAreas(), need.horizon(), need.priority(), reason, need.totalDemand(),
                need.endorsements().size(), need.status(), need.coveringOfferings().size(), need.uncoveredAreas());
    }

    /** {@code priorityReason} is the latest decision's, also when that decision cleared the priority. */
    public record Entry(int rank, String needId, String title, String reportingOrganisationId, String region,
                        List<String> competenceAreas, Horizon horizon, @Nullable Priority priority,
                        @Nullable String priorityReason, int totalDemand, int endorsements, NeedStatus status,
                        int coveringOfferings, List<String> uncoveredAreas) {
    }
}
