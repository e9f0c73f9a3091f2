package fi.osaava.portal.members;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * An organisation as membership-service's member list shows it to the coordinator ({@code /api/organisations}: every
 * record, with its part in each ecosystem whatever its status).
 */
public record Member(String id, String name, String type, List<Participation> participations) {

    /** Its part in one ecosystem: ring, roles, status, the reason of a suspension or rejection, and since when. */
    public record Participation(String ecosystemId, String ring, List<String> roles, String status,
                                @Nullable String reason, @Nullable Instant changedAt) {

        public Participation {
            roles = roles == null ? List.of() : roles;
        }

        public boolean isActive() {
            return "ACTIVE".equals(status);
        }

        public boolean isSuspended() {
            return "SUSPENDED".equals(status);
        }
    }

    public Member {
        participations = participations == null ? List.of() : participations;
    }

    Optional<Participation> in(String ecosystemId) {
        return participations.stream().filter(participation -> participation.ecosystemId().equals(ecosystemId))
                .findFirst();
    }
}
