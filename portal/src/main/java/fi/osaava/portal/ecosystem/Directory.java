package fi.osaava.portal.ecosystem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One ecosystem's member organisations grouped by their ring there, core first. Every ring has its group, empty or
 * not, so the page shows the ecosystem's shape; with a ring chosen, only that one. A ring the portal does not know
 * yet is shown after the known ones rather than dropped.
 *
 * @param truncated more organisations matched than the portal fetches; the page asks to narrow the filters
 */
public record Directory(List<Ring> rings, int total, boolean truncated) {

    /** The rings in membership-service's order, closest first. */
    static final List<String> RINGS = List.of("CORE", "MIDDLE", "OUTER");

    public record Ring(String ring, List<Organisation> organisations) {
    }

    static Directory of(String ecosystemId, List<Organisation> organisations, @Nullable String chosenRing,
                        boolean truncated) {
        Map<String, List<Organisation>> byRing = new LinkedHashMap<>();
        for (String ring : chosenRing == null ? RINGS : List.of(chosenRing)) {
            byRing.put(ring, new ArrayList<>());
        }
        int total = 0;
        for (Organisation organisation : organisations) {
            var participation = organisation.in(ecosystemId);
            if (participation.isPresent()) {
                byRing.computeIfAbsent(participation.get().ring(), ring -> new ArrayList<>()).add(organisation);
                total++;
            }
        }
        List<Ring> rings = new ArrayList<>();
        byRing.forEach((ring, members) -> rings.add(new Ring(ring, List.copyOf(members))));
        return new Directory(List.copyOf(rings), total, truncated);
    }

    static Directory empty(@Nullable String chosenRing) {
        return of("", List.of(), chosenRing, false);
    }
}
