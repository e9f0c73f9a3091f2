package fi.osaava.needs.foresight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fi.osaava.kit.reference.ReferenceData;
import fi.osaava.kit.domain.InvalidFieldException;
import fi.osaava.needs.need.CompetenceNeed;
import fi.osaava.needs.need.Horizon;
import fi.osaava.needs.need.NeedStatus;
import fi.osaava.needs.need.NeedLookup;

/**
 * The foresight reports, computed in memory from the stored needs. A region has at most a few
 * thousand needs, so reading them all for a report is cheaper to keep right than an aggregation
 * pipeline per report; should the platform serve many regions from one store, filter by region in
 * the query first.
 */
@Service
public class ForesightManagement {

    /** Every need that was ever published, except those the reporter took back. */
    private static final Set<NeedStatus> EVER_PUBLISHED = EnumSet.of(NeedStatus.PUBLISHED, NeedStatus.ANSWERED,
            NeedStatus.COVERED, NeedStatus.CLOSED);

    private final NeedLookup needs;
    private final Clock clock;
    private final ReferenceData reference = ReferenceData.get();

    ForesightManagement(NeedLookup needs, Clock clock) {
        this.needs = needs;
        this.clock = clock;
    }

    public DemandReport.Demand demand(AreaLevel level, @Nullable String region, @Nullable Horizon horizon) {
        requireRegion(region);
        return new DemandReport(reference).of(needs.withStatus(NeedStatus.OPEN), level, region, horizon,
                clock.instant());
    }

    /** Without {@code from} and {@code to}: the last {@value TrendPeriod#DEFAULT_QUARTERS} quarters up to now. */
    public TrendReport.Trend trend(@Nullable String from, @Nullable String to, AreaLevel level,
                                   @Nullable String competenceArea, @Nullable String region) {
        TrendPeriod period = TrendPeriod.of(from, to, Quarter.of(clock.instant(), TrendReport.FINNISH_TIME));
        requireRegion(region);
        if (competenceArea != null && !reference.isCompetenceArea(competenceArea)) {
            throw new InvalidFieldException("competenceArea", "unknown competence area code: " + competenceArea);
        }
        return new TrendReport(reference).of(needs.withStatus(EVER_PUBLISHED), period, level, competenceArea, region);
    }

    public List<PriorityList.Entry> priorities() {
        List<CompetenceNeed> open = needs.withStatus(NeedStatus.OPEN);
        return PriorityList.of(open);
    }

    /** Today in Finland: the date an exported file is named by. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(TrendReport.FINNISH_TIME));
    }

    private void requireRegion(@Nullable String region) {
        if (region != null && !reference.isRegion(region)) {
            throw new InvalidFieldException("region", "unknown region code: " + region);
        }
    }
}
