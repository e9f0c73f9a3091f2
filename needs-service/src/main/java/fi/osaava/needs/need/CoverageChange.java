package fi.osaava.needs.need;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a new set of covering offerings does to an open need: the offerings that gain coverage of it, the
 * need's areas that none of them covers, and its status after. The need becomes COVERED when together the
 * offerings cover every one of its competence areas, and loses it (back to ANSWERED if it was answered, else
 * PUBLISHED) when they no longer do.
 *
 * @param gained         the offerings that cover the need where they did not before: new to it, or covering
 *                       an area more, each with all the areas it covers now
 * @param uncoveredAreas the need's competence areas that no offering covers
 * @param status         the need's status after the change
 * @param becameCovered  whether the need became COVERED
 * @param lostCoverage   whether the need was COVERED and no longer is
 */
record CoverageChange(List<CoveringOffering> gained, List<String> uncoveredAreas, NeedStatus status,
                      boolean becameCovered, boolean lostCoverage) {

    /**
     * @param competenceAreas the need's areas
     * @param status          the need's status before, an open one
     * @param answered        whether the need has answers
     * @param before          the offerings that covered the need
     * @param after           the offerings that cover it now
     */
    static CoverageChange of(List<String> competenceAreas, NeedStatus status, boolean answered,
                             List<CoveringOffering> before, List<CoveringOffering> after) {
        List<CoveringOffering> gained = after.stream().filter(offering -> gains(offering, before)).toList();
        List<String> uncovered = uncoveredAreas(competenceAreas, after);
        boolean becameCovered = uncovered.isEmpty() && status != NeedStatus.COVERED;
        boolean lostCoverage = !uncovered.isEmpty() && status == NeedStatus.COVERED;
        NeedStatus next = status;
        if (becameCovered) {
            next = NeedStatus.COVERED;
        } else if (lostCoverage) {
            next = answered ? NeedStatus.ANSWERED : NeedStatus.PUBLISHED;
        }
        return new CoverageChange(gained, uncovered, next, becameCovered, lostCoverage);
    }

    /** Since when the need is covered after the change: from now if it became covered, not at all if it lost it. */
    @Nullable Instant coveredAt(@Nullable Instant before, Instant now) {
        if (becameCovered) {
            return now;
        }
        return lostCoverage ? null : before;
    }

    /** The competence areas that none of the offerings covers. */
    static List<String> uncoveredAreas(List<String> competenceAreas, List<CoveringOffering> offerings) {
        Set<String> covered = new LinkedHashSet<>();
        offerings.forEach(o -> covered.addAll(o.coveredAreas()));
        return competenceAreas.stream().filter(area -> !covered.contains(area)).toList();
    }

    /** Whether the offering covers the need where it did not before: it is new to it, or covers an area more. */
    private static boolean gains(CoveringOffering offering, List<CoveringOffering> before) {
        return before.stream().filter(earlier -> earlier.offeringId().equals(offering.offeringId()))
                .findFirst()
                .map(earlier -> !earlier.coveredAreas().containsAll(offering.coveredAreas()))
                .orElse(true);
    }
}
