package fi.osaava.catalogue.thesis;

import java.util.Map;
import java.util.Set;

/** OPEN (looking for a student) → TAKEN (a student works on it) ↔ OPEN, either → CLOSED (final). */
public enum ThesisTopicStatus {
    OPEN,
    TAKEN,
    CLOSED;

    private static final Map<ThesisTopicStatus, Set<ThesisTopicStatus>> NEXT = Map.of(
            OPEN, Set.of(TAKEN, CLOSED),
            TAKEN, Set.of(OPEN, CLOSED),
            CLOSED, Set.of());

    public boolean mayBecome(ThesisTopicStatus next) {
        return NEXT.get(this).contains(next);
    }
}
