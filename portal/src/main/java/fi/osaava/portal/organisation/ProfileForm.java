package fi.osaava.portal.organisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The profile's edit form: what membership-service lets an organisation change, with the same limits as its API
 * (checked here first, so errors are in the person's language), and the revision the form was filled from. The
 * service's own refusals come back onto these fields (the same names).
 */
public record ProfileForm(
        @NotEmpty @Size(max = 21) @Nullable List<String> regions,
        @Size(max = 50) @Nullable List<String> competenceAreasOffered,
        @Size(max = 50) @Nullable List<String> competenceAreasOfInterest,
        @Nullable List<String> targetGroups,
        @NotBlank @Email @Size(max = 254) @Nullable String contactEmail,
        @Size(max = 300) @Pattern(regexp = "https://\\S+") @Nullable String website,
        @NotNull @PositiveOrZero @Nullable Long revision) {

    static final List<String> FIELDS = List.of("regions", "competenceAreasOffered", "competenceAreasOfInterest",
            "targetGroups", "contactEmail", "website", "revision");

    static ProfileForm of(MyOrganisation organisation) {
        return new ProfileForm(organisation.regions(), organisation.competenceAreasOffered(),
                organisation.competenceAreasOfInterest(), organisation.targetGroups(), organisation.contactEmail(),
                organisation.website(), organisation.revision());
    }

    /** The same values on top of another revision: what the person typed, to be saved over what is stored now. */
    ProfileForm onRevision(long stored) {
        return new ProfileForm(regions, competenceAreasOffered, competenceAreasOfInterest, targetGroups, contactEmail,
                website, stored);
    }

    Map<String, Object> toRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("regions", orEmpty(regions));
        body.put("competenceAreasOffered", orEmpty(competenceAreasOffered));
        body.put("competenceAreasOfInterest", orEmpty(competenceAreasOfInterest));
        body.put("targetGroups", orEmpty(targetGroups));
        body.put("contactEmail", contactEmail);
        body.put("website", website);
        body.put("revision", revision);
        return body;
    }

    private static List<String> orEmpty(@Nullable List<String> values) {
        return values == null ? List.of() : values;
    }
}
