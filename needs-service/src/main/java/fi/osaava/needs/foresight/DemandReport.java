package fi.osaava.needs.foresight;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.reference.ReferenceData;
import fi.osaava.needs.need.CompetenceNeed;
import fi.osaava.needs.need.Horizon;

/**
 * Demand per competence area × horizon × region, from the open needs. A need counts once in each
 * area it names (at the top level: once in each distinct top concept of its areas) with all its
 * learners, the reporter's and every endorser's; the totals count each need once. Pure: the caller
 * hands in the needs.
 */
public final class DemandReport {

    /** The most learners first, then by area code, horizon (nearest first) and region. */
    static final Comparator<DemandRow> ORDER = Comparator.comparingInt(DemandRow::learners).reversed()
            .thenComparing(DemandRow::competenceArea)
            .thenComparing(DemandRow::horizon)
            .thenComparing(DemandRow::region);

    private final ReferenceData reference;

    public DemandReport(ReferenceData reference) {
        this.reference = reference;
    }

    public Demand of(Collection<CompetenceNeed> needs, AreaLevel level, @Nullable String region,
                     @Nullable Horizon horizon, Instant generatedAt) {
        List<CompetenceNeed> counted = needs.stream()
                .filter(need -> need.status().isOpen())
                .filter(need -> region == null || need.region().equals(region))
                .filter(need -> horizon == null || need.horizon() == horizon)
                .toList();
        Map<Cell, Tally> cells = new LinkedHashMap<>();
        for (CompetenceNeed need : counted) {
            for (String area : level.areasOf(need.competenceAreas(), reference)) {
                cells.computeIfAbsent(new Cell(area, need.horizon(), need.region()), cell -> new Tally()).add(need);
            }
        }
        List<DemandRow> rows = cells.entrySet().stream()
                .map(entry -> row(entry.getKey(), entry.getValue()))
                .sorted(ORDER)
                .toList();
        Tally totals = new Tally();
        counted.forEach(totals::add);
        return new Demand(generatedAt, level, rows, new Demand.Totals(totals.needs, totals.learners));
    }

    private DemandRow row(Cell cell, Tally tally) {
        return new DemandRow(cell.area(), reference.competenceAreaLabel(cell.area(), "fi"), cell.horizon(), cell.region(),
                reference.regionName(cell.region(), "fi"), tally.needs, tally.learners);
    }

    private record Cell(String area, Horizon horizon, String region) {
    }

    /** Needs and their learners in one cell of a report. */
    static final class Tally {
        int needs;
        int learners;

        void add(CompetenceNeed need) {
            needs++;
            learners += need.totalDemand();
        }
    }

    /** The report as the API shows it. */
    public record Demand(Instant generatedAt, AreaLevel level, List<DemandRow> rows, Totals totals) {

        public record Totals(int needs, int learners) {
        }
    }

    /** Labels are Finnish: the working group's language. */
    public record DemandRow(String competenceArea, String label, Horizon horizon, String region, String regionName,
                            int needs, int learners) {
    }
}
