package fi.osaava.membership.passive.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.reference.CompetenceAreaCode;
import fi.osaava.kit.reference.RegionCode;
import fi.osaava.membership.organisation.TargetGroup;
import fi.osaava.membership.passive.PassiveMemberProfile;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/ecosystems/{id}/passive-members}.
 *
 * @param targetGroups none (or empty) means every target group
 */
record JoinRequest(
        @NotBlank @Email @Size(max = 254) @Nullable String email,
        @Size(max = 200) @Nullable String organisationName,
        @NotEmpty @Size(max = 25) @Nullable List<@NotNull @RegionCode String> regions,
        @NotEmpty @Size(max = 50) @Nullable List<@NotNull @CompetenceAreaCode String> competenceAreas,
        @Nullable List<@NotNull TargetGroup> targetGroups,
        @NotBlank @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") @Nullable String language) {

    /** Called after validation. */
    @SuppressWarnings("NullAway")
    String address() {
        return email.strip();
    }

    /** Called after validation. */
    @SuppressWarnings("NullAway")
    PassiveMemberProfile toProfile() {
        String name = organisationName == null || organisationName.isBlank() ? null : organisationName.strip();
        return new PassiveMemberProfile(name, regions.stream().distinct().toList(),
                competenceAreas.stream().distinct().toList(),
                targetGroups == null ? List.of() : targetGroups.stream().distinct().toList(), language);
    }

    @Override
    public String toString() {
        return "JoinRequest[regions=" + regions + ", competenceAreas=" + competenceAreas + "]";
    }
}
