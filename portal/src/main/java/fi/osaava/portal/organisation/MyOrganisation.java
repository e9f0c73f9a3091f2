package fi.osaava.portal.organisation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The organisation's whole record as membership-service shows it to the organisation itself; only what the pages use.
 * Codes stay codes here; the pages label them.
 *
 * @param revision grows with every change; the edit form sends back the one it was filled from
 */
public record MyOrganisation(String id, String name, @Nullable String businessId, String type, @Nullable String ring,
                             @Nullable String status, List<String> regions, List<String> competenceAreasOffered,
                             List<String> competenceAreasOfInterest, List<String> targetGroups,
                             @Nullable String contactEmail, @Nullable String website, long revision) {

    public MyOrganisation {
        regions = regions == null ? List.of() : regions;
        competenceAreasOffered = competenceAreasOffered == null ? List.of() : competenceAreasOffered;
        competenceAreasOfInterest = competenceAreasOfInterest == null ? List.of() : competenceAreasOfInterest;
        targetGroups = targetGroups == null ? List.of() : targetGroups;
    }

    /** Its website as a link, only when it is an https address: the page never links to another kind of URL. */
    public @Nullable String websiteLink() {
        return website != null && website.startsWith("https://") ? website : null;
    }
}
