package fi.osaava.membership.organisation.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.reference.CompetenceAreaCode;
import fi.osaava.kit.reference.RegionCode;
import fi.osaava.membership.organisation.BusinessId;
import fi.osaava.membership.organisation.OrganisationProfile;
import fi.osaava.membership.organisation.OrganisationType;
import fi.osaava.membership.organisation.Ring;
import fi.osaava.membership.organisation.TargetGroup;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/organisations}. Id, status and revision are never taken from the client.
 * With {@code ecosystemId} the organisation is active in that ecosystem at once, in {@code ring}.
 */
record OrganisationRequest(
        @NotBlank @Size(max = 200) @Nullable String name,
        @NotNull @BusinessId @Nullable String businessId,
        @NotNull @Nullable OrganisationType type,
        @NotNull @Nullable Ring ring,
        @NotEmpty @Size(max = 21) @Nullable List<@NotNull @RegionCode String> regions,
        @Size(max = 50) @Nullable List<@NotNull @CompetenceAreaCode String> competenceAreasOffered,
        @Size(max = 50) @Nullable List<@NotNull @CompetenceAreaCode String> competenceAreasOfInterest,
        @Nullable List<@NotNull TargetGroup> targetGroups,
        @NotBlank @Email @Size(max = 254) @Nullable String contactEmail,
        @Nullable Boolean demo,
        @Size(max = 300) @Pattern(regexp = HTTPS, message = "must be an https URL") @Nullable String website,
        @Size(max = 60) @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be an ecosystem id")
        @Nullable String ecosystemId) {

    /** An absolute https URL with a host and no white space. */
    static final String HTTPS = "^https://[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?([/?#]\\S*)?$";

    @SuppressWarnings("NullAway")
    OrganisationProfile toProfile() {
        return new OrganisationProfile(name.strip(), businessId, type, ring, regions.stream().distinct().toList(),
                orEmpty(competenceAreasOffered), orEmpty(competenceAreasOfInterest),
                targetGroups == null ? List.of() : targetGroups.stream().distinct().toList(),
                contactEmail.strip(), Boolean.TRUE.equals(demo), website == null ? null : website.strip());
    }

    static List<String> orEmpty(@Nullable List<String> codes) {
        return codes == null ? List.of() : codes.stream().distinct().toList();
    }
}
