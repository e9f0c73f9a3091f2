package fi.osaava.membership.organisation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an organisation tells about itself when it joins.
 *
 * @param website its public web site, an https URL; null when it gave none
 */
public record OrganisationProfile(String name, String businessId, OrganisationType type, Ring ring,
                                  List<String> regions, List<String> competenceAreasOffered,
                                  List<String> competenceAreasOfInterest, List<TargetGroup> targetGroups,
                                  String contactEmail, boolean demo, @Nullable String website) {

    /** Without a web site. */
    public OrganisationProfile(String name, String businessId, OrganisationType type, Ring ring, List<String> regions,
                               List<String> competenceAreasOffered, List<String> competenceAreasOfInterest,
                               List<TargetGroup> targetGroups, String contactEmail, boolean demo) {
        this(name, businessId, type, ring, regions, competenceAreasOffered, competenceAreasOfInterest, targetGroups,
                contactEmail, demo, null);
    }
}
