package fi.osaava.membership.organisation.web;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import fi.osaava.membership.organisation.ParticipationRole;
import fi.osaava.membership.organisation.Ring;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Bodies of the ecosystem coordinator's decisions on a participation. */
final class DecisionRequests {

    private DecisionRequests() {
    }

    /** {@code roles} may be left out (none); COORDINATOR is refused: it follows the ecosystem. */
    record Approval(@NotNull @Nullable Ring ring, @Nullable Set<@NotNull ParticipationRole> roles) {

        Set<ParticipationRole> rolesOrNone() {
            return roles == null ? Set.of() : roles;
        }
    }

    record Reason(@NotBlank @Size(max = 2000) @Nullable String reason) {

        @SuppressWarnings("NullAway")
        String text() {
            return reason.strip();
        }
    }
}
