package fi.osaava.needs.need;

import java.util.List;

/**
 * A published need like the one about to be created: {@code sameAreas} are codes both name,
 * {@code relatedAreas} the new need's codes it reaches only through a broader or narrower concept.
 */
public record SimilarNeed(CompetenceNeed need, List<String> sameAreas, List<String> relatedAreas) {

    /** Needs that name the very same areas come first. */
    int score() {
        return 2 * sameAreas.size() + relatedAreas.size();
    }
}
