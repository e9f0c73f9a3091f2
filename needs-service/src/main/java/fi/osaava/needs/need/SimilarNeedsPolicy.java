package fi.osaava.needs.need;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fi.osaava.kit.reference.ReferenceData;

/**
 * Which open needs an organisation should see before it reports a new one, so it can endorse instead
 * of duplicating: the same region and target group, and a shared competence area — the same concept
 * or one broader or narrower (not a sibling). Ordered by how many areas are the very same, then by
 * total demand (the need others already back most first).
 */
final class SimilarNeedsPolicy {

    private final ReferenceData vocabulary;

    SimilarNeedsPolicy(ReferenceData vocabulary) {
        this.vocabulary = vocabulary;
    }

    Optional<SimilarNeed> compare(List<String> areas, String region, TargetGroup targetGroup, CompetenceNeed candidate) {
        if (!candidate.status().isOpen() || !candidate.region().equals(region) || candidate.targetGroup() != targetGroup) {
            return Optional.empty();
        }
        List<String> same = areas.stream().filter(candidate.competenceAreas()::contains).toList();
        List<String> related = areas.stream().filter(area -> !same.contains(area))
                .filter(area -> candidate.competenceAreas().stream().anyMatch(vocabulary.related(area)::contains))
                .toList();
        return same.isEmpty() && related.isEmpty() ? Optional.empty() : Optional.of(new SimilarNeed(candidate, same, related));
    }

    static Comparator<SimilarNeed> order() {
        return Comparator.comparingInt(SimilarNeed::score).reversed()
                .thenComparing(s -> s.need().totalDemand(), Comparator.reverseOrder())
                .thenComparing(s -> s.need().id());
    }

    ReferenceData vocabulary() {
        return vocabulary;
    }
}
