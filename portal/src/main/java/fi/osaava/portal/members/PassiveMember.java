package fi.osaava.portal.members;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A passive member as its ecosystem's coordinator sees it; the address only of an active one. */
public record PassiveMember(String id, String status, @Nullable String email, @Nullable String organisationName,
                            List<String> regions, List<String> competenceAreas, String language, Instant joinedAt,
                            @Nullable Instant confirmedAt) {

    public PassiveMember {
        regions = regions == null ? List.of() : regions;
        competenceAreas = competenceAreas == null ? List.of() : competenceAreas;
    }
}
