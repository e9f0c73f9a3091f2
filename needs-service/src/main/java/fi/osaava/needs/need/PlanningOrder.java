package fi.osaava.needs.need;

import java.util.Comparator;

/**
 * The order needs are taken up in for planning, both in the gap list and in the coordinator's priority
 * list: the coordinator's priority (HIGH first, none last), then total demand, then the oldest publication.
 */
public final class PlanningOrder {

    /** For planning: the coordinator's priority (HIGH first, none last), then total demand, then the oldest publication. */
    public static final Comparator<CompetenceNeed> PRIORITY_ORDER = Comparator
            .comparingInt((CompetenceNeed need) -> Priority.rank(need.priority()))
            .thenComparing(CompetenceNeed::totalDemand, Comparator.reverseOrder())
            .thenComparing(need -> need.publishedAt() == null ? need.createdAt() : need.publishedAt())
            .thenComparing(CompetenceNeed::id);

    private PlanningOrder() {
    }
}
