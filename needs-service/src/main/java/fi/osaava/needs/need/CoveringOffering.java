package fi.osaava.needs.need;

import java.util.List;

/** A published offering that covers some or all of a need's competence areas ({@code coveredAreas}: the need's codes). */
public record CoveringOffering(String offeringId, String providerOrganisationId, String title, List<String> coveredAreas) {

    public CoveringOffering {
        coveredAreas = List.copyOf(coveredAreas);
    }
}
