package fi.osaava.notification.recipient;

import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * This service's reading of {@value #TYPE}: only the fields the directory needs; unknown fields
 * and unknown enum values (kept as strings) pass, so the producer can grow the event.
 */
public record OrganisationRegisteredMessage(
        @NotBlank String organisationId,
        @NotBlank String name,
        @NotBlank String type,
        @NotBlank String status,
        @NotEmpty List<@NotBlank String> regions,
        @Nullable List<String> competenceAreasOffered,
        @Nullable List<String> competenceAreasOfInterest,
        @Nullable List<String> targetGroups,
        @NotBlank @Email String contactEmail,
        @NotNull @PositiveOrZero Long revision) {

    public static final String TYPE = "fi.osaava.membership.organisation.registered.v1";
}
