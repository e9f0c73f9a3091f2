package fi.osaava.membership.organisation.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.reference.CompetenceAreaCode;
import fi.osaava.kit.reference.RegionCode;
import fi.osaava.membership.organisation.ProfileChange;
import fi.osaava.membership.organisation.TargetGroup;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PUT /api/organisations/{id}/profile}: the whole editable profile, checked as
 * {@link OrganisationRequest} checks the same fields at registration, and the {@code revision} of the record the
 * editor read (the service's optimistic concurrency, as {@code OrganisationView} shows it). Name, business id, type
 * and ring are not taken here; a body that carries them is read without them.
 */
record ProfileRequest(
        @NotEmpty @Size(max = 21) @Nullable List<@NotNull @RegionCode String> regions,
        @Size(max = 50) @Nullable List<@NotNull @CompetenceAreaCode String> competenceAreasOffered,
        @Size(max = 50) @Nullable List<@NotNull @CompetenceAreaCode String> competenceAreasOfInterest,
        @Nullable List<@NotNull TargetGroup> targetGroups,
        @NotBlank @Email @Size(max = 254) @Nullable String contactEmail,
        @Size(max = 300) @Pattern(regexp = OrganisationRequest.HTTPS, message = "must be an https URL")
        @Nullable String website,
        @NotNull @PositiveOrZero @Nullable Long revision) {

    @SuppressWarnings("NullAway")
    ProfileChange toChange() {
        return new ProfileChange(regions.stream().distinct().toList(),
                OrganisationRequest.orEmpty(competenceAreasOffered), OrganisationRequest.orEmpty(competenceAreasOfInterest),
                targetGroups == null ? List.of() : targetGroups.stream().distinct().toList(), contactEmail.strip(),
                website == null || website.isBlank() ? null : website.strip());
    }
}
