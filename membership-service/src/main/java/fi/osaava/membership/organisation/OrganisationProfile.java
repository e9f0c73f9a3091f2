package fi.osaava.membership.organisation;

import java.util.List;

/** What an organisation tells about itself when it joins. */
public record OrganisationProfile(String name, String businessId, OrganisationType type, Ring ring,
                                  List<String> regions, List<String> competenceAreasOffered,
                                  List<String> competenceAreasOfInterest, List<TargetGroup> targetGroups,
                                  String contactEmail, boolean demo) {
}
