package fi.osaava.notification.recipient;

import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * This service's reading of {@value #TYPE}: the organisation's editable profile after a change, as far as alerts
 * need it (where, about what, for whom, and the address when no contact person receives alerts). Unknown fields
 * pass, so the producer can grow the event.
 */
public record OrganisationProfileChangedMessage(
        @NotBlank String organisationId,
        @NotEmpty List<@NotBlank String> regions,
        @Nullable List<String> competenceAreasOffered,
        @Nullable List<String> competenceAreasOfInterest,
        @Nullable List<String> targetGroups,
        @NotBlank @Email String contactEmail,
        @NotNull @PositiveOrZero Long revision) {

    public static final String TYPE = "fi.osaava.membership.organisation.profile-changed.v1";
}
