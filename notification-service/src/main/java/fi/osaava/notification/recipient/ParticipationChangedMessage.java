package fi.osaava.notification.recipient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * This service's reading of {@value #TYPE}: only the organisation's overall status after the change
 * (ACTIVE if it is active in any ecosystem), which decides whether it is alerted at all.
 */
public record ParticipationChangedMessage(
        @NotBlank String organisationId,
        @NotBlank String organisationStatus,
        @NotNull @PositiveOrZero Long revision) {

    public static final String TYPE = "fi.osaava.membership.participation.changed.v1";
}
