package fi.osaava.needs.foresight;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.reference.ReferenceData;
import fi.osaava.needs.need.CompetenceNeed;
import fi.osaava.needs.need.NeedStatus;

/**
 * Needs published per quarter and competence area: history, so every need that was ever published
 * counts (a closed one too) except a withdrawn one, in the quarter of its publication in Finnish time.
 * Its learners are its total demand now, endorsements included. Pure: the caller hands in the needs.
 */
public final class TrendReport {

    public static final ZoneId FINNISH_TIME = ZoneId.of("Europe/Helsinki");

    private final ReferenceData reference;

    public TrendReport(ReferenceData reference) {
        this.reference = reference;
    }

    /**
     * @param competenceArea when given, only that area and its narrower ones count (as in the need list),
     *                       so at the top level it is the share of its top concept that they make up
     */
    public Trend of(Collection<CompetenceNeed> needs, TrendPeriod period, AreaLevel level,
                    @Nullable String competenceArea, @Nullable String region) {
        List<Quarter> quarters = period.quarters();
        @Nullable Set<String> wanted = competenceArea == null ? null : reference.withNarrower(competenceArea);
        Map<Quarter, DemandReport.Tally> totals = tallies(quarters);
        Map<String, Map<Quarter, DemandReport.Tally>> byArea = new LinkedHashMap<>();
        for (CompetenceNeed need : needs) {
            Quarter quarter = quarterOf(need);
            if (quarter == null || !period.contains(quarter) || (region != null && !need.region().equals(region))) {
                continue;
            }
            List<String> areas = need.competenceAreas().stream()
                    .filter(area -> wanted == null || wanted.contains(area)).toList();
            if (areas.isEmpty()) {
                continue;
            }
            totals.get(quarter).add(need);
            for (String area : level.areasOf(areas, reference)) {
                byArea.computeIfAbsent(area, a -> tallies(quarters)).get(quarter).add(need);
            }
        }
        List<Series> series = byArea.entrySet().stream()
                .map(entry -> new Series(entry.getKey(), reference.competenceAreaLabel(entry.getKey(), "fi"),
                        points(entry.getValue())))
                .sorted(Comparator.comparingInt(TrendReport::learnersOf).reversed().thenComparing(Series::competenceArea))
                .toList();
        return new Trend(quarters, series, points(totals));
    }

    /** The quarter a need counts in; none for a draft or a withdrawn need. */
    private static @Nullable Quarter quarterOf(CompetenceNeed need) {
        if (need.status() == NeedStatus.DRAFT || need.status() == NeedStatus.WITHDRAWN || need.publishedAt() == null) {
            return null;
        }
        return Quarter.of(need.publishedAt(), FINNISH_TIME);
    }

    private static int learnersOf(Series series) {
        return series.points().stream().mapToInt(Point::learners).sum();
    }

    private static Map<Quarter, DemandReport.Tally> tallies(List<Quarter> quarters) {
        Map<Quarter, DemandReport.Tally> tallies = new LinkedHashMap<>();
        quarters.forEach(quarter -> tallies.put(quarter, new DemandReport.Tally()));
        return tallies;
    }

    private static List<Point> points(Map<Quarter, DemandReport.Tally> tallies) {
        return tallies.entrySet().stream()
                .map(entry -> new Point(entry.getKey(), entry.getValue().needs, entry.getValue().learners))
                .toList();
    }

    /** Every quarter of the period, in order, with the same quarters in every series and in the totals. */
    public record Trend(List<Quarter> quarters, List<Series> series, List<Point> totals) {
    }

    /** One area's points; the series with the most learners over the period first. */
    public record Series(String competenceArea, String label, List<Point> points) {
    }

    public record Point(Quarter quarter, int needsPublished, int learners) {
    }
}
