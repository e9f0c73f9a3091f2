package fi.osaava.membership.organisation.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.reference.CompetenceAreaCode;
import fi.osaava.kit.reference.RegionCode;
import fi.osaava.membership.organisation.Application;
import fi.osaava.membership.organisation.BusinessId;
import fi.osaava.membership.organisation.ContactDetails;
import fi.osaava.membership.organisation.OrganisationProfile;
import fi.osaava.membership.organisation.OrganisationType;
import fi.osaava.membership.organisation.Ring;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of the public {@code POST /api/ecosystems/{id}/applications}. {@code contactEmail} is the
 * organisation's shared address (e.g. info@), so that the organisation's own address is never a person's
 * and erasing the contact person leaves nothing personal behind.
 */
record ApplicationRequest(
        @NotBlank @Size(max = 200) @Nullable String name,
        @NotNull @BusinessId @Nullable String businessId,
        @NotNull @Nullable OrganisationType type,
        @NotEmpty @Size(max = 21) @Nullable List<@NotNull @RegionCode String> regions,
        @Size(max = 50) @Nullable List<@NotNull @CompetenceAreaCode String> competenceAreasOffered,
        @Size(max = 50) @Nullable List<@NotNull @CompetenceAreaCode String> competenceAreasOfInterest,
        @Size(max = 300) @Pattern(regexp = OrganisationRequest.HTTPS, message = "must be an https URL") @Nullable String website,
        @NotBlank @Email @Size(max = 254) @Nullable String contactEmail,
        @NotNull @Valid @Nullable Contact contactPerson,
        @NotNull @Nullable Ring requestedRing,
        @NotBlank @Size(max = 4000) @Nullable String motivation) {

    record Contact(
            @NotBlank @Size(max = 200) @Nullable String name,
            @Size(max = 200) @Nullable String role,
            @NotBlank @Email @Size(max = 254) @Nullable String email,
            @NotNull @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") @Nullable String language,
            @Nullable Boolean listed) {
    }

    @SuppressWarnings("NullAway")
    OrganisationProfile toProfile() {
        return new OrganisationProfile(name.strip(), businessId, type, requestedRing,
                regions.stream().distinct().toList(), OrganisationRequest.orEmpty(competenceAreasOffered),
                OrganisationRequest.orEmpty(competenceAreasOfInterest), List.of(), contactEmail.strip(), false,
                website == null ? null : website.strip());
    }

    @SuppressWarnings("NullAway")
    Application toApplication(String ecosystemId) {
        return new Application(ecosystemId, requestedRing, motivation.strip());
    }

    /** The applicant's contact person receives the organisation's alerts until the organisation says otherwise. */
    @SuppressWarnings("NullAway")
    ContactDetails toContact() {
        String title = contactPerson.role() == null || contactPerson.role().isBlank() ? null : contactPerson.role().strip();
        return new ContactDetails(contactPerson.name().strip(), title, contactPerson.email().strip(),
                contactPerson.language(), Boolean.TRUE.equals(contactPerson.listed()), true);
    }
}
