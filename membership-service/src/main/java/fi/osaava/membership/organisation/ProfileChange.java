package fi.osaava.membership.organisation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an organisation may change of its profile after joining. Name, business id and type are its identity;
 * the ring is the ecosystem coordinator's decision (participation approval), so none of them is here.
 *
 * @param targetGroups empty = all
 * @param website      its public web site, an https URL; null when it has none
 */
public record ProfileChange(List<String> regions, List<String> competenceAreasOffered,
                            List<String> competenceAreasOfInterest, List<TargetGroup> targetGroups,
                            String contactEmail, @Nullable String website) {

    public ProfileChange {
        regions = List.copyOf(regions);
        competenceAreasOffered = List.copyOf(competenceAreasOffered);
        competenceAreasOfInterest = List.copyOf(competenceAreasOfInterest);
        targetGroups = List.copyOf(targetGroups);
    }
}
